using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Infrastructure.Audit;
using Training.Infrastructure.Jobs;
using Training.Infrastructure.Persistence;

namespace Training.Web.Features.Privacy;

/// <summary>
/// Keeps personal data no longer than the privacy notice says (section "Retention"), every night: deletes
/// invitations nobody answered, erases participants whose last session is years past (their registrations and
/// attendance stay, nameless, so the reports still count them), and drops what old emails said.
/// </summary>
public sealed class RetentionJob(TrainingDbContext db, PersonalDataService personalData, IOptions<RetentionOptions> options, TimeProvider clock, JobLeases leases)
{
    public const string Id = "retention";

    public static void Schedule(IRecurringJobManager jobs) => jobs.AddOrUpdate<RetentionJob>(Id, job => job.RunAsync(), "30 3 * * *");

    /// <summary>Null when another run holds the job.</summary>
    public Task<RetentionResult?> RunAsync() => leases.RunAloneAsync<RetentionResult?>(Id, KeepWithinLimitsAsync, null);

    private async Task<RetentionResult?> KeepWithinLimitsAsync()
    {
        var rule = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var invitations = await db.Invitations
            .Where(i => i.Status == InvitationStatus.Sent && i.CreatedAtUtc < now.AddDays(-rule.UnansweredInvitationDays))
            .ExecuteDeleteAsync();

        var sentBefore = now.AddDays(-rule.EmailBodyDays);
        var emails = await db.OutboxMessages
            .Where(m => m.SentAtUtc != null && m.SentAtUtc < sentBefore && (m.TextBody != "" || m.HtmlBody != null || m.AttachmentContent != null))
            .ToListAsync();
        emails.ForEach(m => m.ForgetContent());

        var lastSessionBefore = now.AddYears(-rule.ParticipantYears);
        var people = await db.Participants
            .Where(p => p.ErasedAtUtc == null
                        && db.Registrations.Any(r => r.ParticipantId == p.Id)
                        && !db.Registrations.Any(r => r.ParticipantId == p.Id && db.Sessions.Any(s => s.Id == r.SessionId && s.StartsAtUtc >= lastSessionBefore)))
            .ToListAsync();
        foreach (var person in people)
        {
            await personalData.EraseAsync(person);
            db.AuditLog.Add(new AuditEntry(now, "system", "PersonalData.Erased", nameof(Participant), person.Id.ToString(CultureInfo.InvariantCulture), "reason=retention"));
        }

        // Sign-in sessions live eight hours at most; a day later their rows say nothing anyone needs.
        var sessions = await db.SignInSessions.Where(s => s.StartedAtUtc < now.AddDays(-1)).ExecuteDeleteAsync();
        await db.SaveChangesAsync();
        return new RetentionResult(invitations, people.Count, emails.Count, sessions);
    }
}

public sealed record RetentionResult(int InvitationsDeleted, int ParticipantsErased, int EmailsEmptied, int SignInSessionsDeleted);
