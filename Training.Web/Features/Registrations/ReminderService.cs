using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Training.Domain.Common;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Persistence;
using Training.Web.Links;

namespace Training.Web.Features.Registrations;

/// <summary>
/// What registrations hear without asking: reminders before a session, one reminder to invitees who have not
/// answered, and news of a changed or cancelled session. Each is claimed by a conditional update in the transaction
/// that queues its email, so two app instances or overlapping runs never send it twice.
/// </summary>
public sealed class ReminderService(TrainingDbContext db, RegistrationEmails emails, TimeProvider clock, IOptions<RegistrationOptions> options)
{
    /// <summary>Reminds confirmed participants of sessions starting within the configured days, once each.</summary>
    public async Task<int> SendDueRemindersAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddDays(options.Value.ReminderDaysBefore);
        var due = await db.Registrations
            .Where(r => r.Status == RegistrationStatus.Confirmed && r.ReminderSentAtUtc == null)
            .Join(db.Sessions, r => r.SessionId, s => s.Id, (r, s) => new { r.Id, r.SessionId, r.ParticipantId, s.StartsAtUtc, s.Status })
            .Where(x => x.StartsAtUtc > now && x.StartsAtUtc <= horizon && (x.Status == SessionStatus.OpenForRegistration || x.Status == SessionStatus.RegistrationClosed))
            .ToListAsync();
        var sent = 0;
        foreach (var item in due)
        {
            var session = await RegistrationService.SessionsWithDetails(db).FirstAsync(s => s.Id == item.SessionId);
            var participant = await db.Participants.FindAsync(item.ParticipantId);
            await db.InWriteTransactionAsync(async () =>
            {
                var claimed = await db.Registrations.Where(r => r.Id == item.Id && r.ReminderSentAtUtc == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.ReminderSentAtUtc, now));
                if (claimed != 1)
                    return;
                emails.Reminder(session, participant!);
                await db.SaveChangesAsync();
                sent++;
            });
        }
        return sent;
    }

    /// <summary>
    /// Invitees who have not answered after the configured days get one reminder, with a fresh link. Requests made
    /// through an open link are not chased: the person asked for them themselves, and they lapse on their own.
    /// </summary>
    public async Task<int> ChaseUnansweredAsync()
    {
        if (options.Value.ChaseAfterDays <= 0)
            return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now.AddDays(-options.Value.ChaseAfterDays);
        var today = Belgrade.Today(clock);
        var due = await db.Invitations
            .Where(i => i.Status == InvitationStatus.Sent && !i.ViaOpenLink && i.ChasedAtUtc == null && i.CreatedAtUtc <= before && i.ExpiresAtUtc > now)
            .Join(db.Sessions, i => i.SessionId, s => s.Id, (i, s) => new { i.Id, i.SessionId, s.Status, s.RegistrationClosesOn })
            .Where(x => x.Status == SessionStatus.OpenForRegistration && x.RegistrationClosesOn >= today)
            .ToListAsync();
        var sent = 0;
        foreach (var item in due)
        {
            var session = await RegistrationService.SessionsWithDetails(db).FirstAsync(s => s.Id == item.SessionId);
            await db.InWriteTransactionAsync(async () =>
            {
                var claimed = await db.Invitations.Where(i => i.Id == item.Id && i.ChasedAtUtc == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(i => i.ChasedAtUtc, now));
                if (claimed != 1)
                    return;
                var invitation = await db.Invitations.FirstAsync(i => i.Id == item.Id);
                var (token, hash) = ParticipantLink.New();
                invitation.Reissue(hash);
                emails.Chase(session, invitation, token);
                await db.SaveChangesAsync();
                sent++;
            });
        }
        return sent;
    }

    /// <summary>Everyone registered hears that the session changed or was cancelled; calendars are updated.</summary>
    public async Task NotifyAsync(TrainingSession session, bool cancelled)
    {
        var registered = await db.Registrations.Where(r => r.SessionId == session.Id && r.Status != RegistrationStatus.Cancelled)
            .Join(db.Participants, r => r.ParticipantId, p => p.Id, (r, p) => new { Registration = r, Participant = p }).ToListAsync();
        foreach (var x in registered)
        {
            x.Registration.SessionChanged();
            if (cancelled)
                emails.SessionCancelled(session, x.Registration, x.Participant);
            else
                emails.SessionChanged(session, x.Registration, x.Participant);
        }
    }
}
