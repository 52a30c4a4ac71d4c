using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Participants;

public sealed record ParticipantRow(int Id, string FullName, string Email, string? Institution, int Trainings);

public sealed record ParticipantHistoryRow(int SessionId, string Title, DateTime StartsAtUtc, SessionStatus SessionStatus, RegistrationStatus Status);

public sealed record ParticipantDetails(Domain.Participants.Participant Participant, string? Institution, IReadOnlyList<ParticipantHistoryRow> History);

/// <summary>The people trained: one person per email address, with their history; duplicates can be merged.</summary>
public sealed class ParticipantService(TrainingDbContext db)
{
    public async Task<Page<ParticipantRow>> ListAsync(string? search, int? page)
    {
        var query = await db.Participants.AsNoTracking().MatchingAsync(search, p => new SearchTexts(p.Id, p.FullName, p.Email));
        return await query.OrderBy(p => p.FullName)
            .Select(p => new ParticipantRow(p.Id, p.FullName, p.Email,
                p.OrganisationId != null ? db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault() : p.OrganisationName,
                db.Registrations.Count(r => r.ParticipantId == p.Id && r.Status != RegistrationStatus.Cancelled)))
            .ToPageAsync(page);
    }

    public async Task<ParticipantDetails?> DetailsAsync(int id)
    {
        var participant = await db.Participants.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (participant is null)
            return null;
        var institution = participant.OrganisationId is null ? participant.OrganisationName
            : await db.Organisations.Where(o => o.Id == participant.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync();
        var history = await db.Registrations.Where(r => r.ParticipantId == id)
            .Join(db.Sessions, r => r.SessionId, s => s.Id, (r, s) => new { Registration = r, Session = s })
            .OrderByDescending(x => x.Session.StartsAtUtc)
            .Select(x => new ParticipantHistoryRow(x.Session.Id, x.Session.Title, x.Session.StartsAtUtc, x.Session.Status, x.Registration.Status))
            .ToListAsync();
        return new ParticipantDetails(participant, institution, history);
    }

    /// <summary>
    /// Folds a duplicate person into another: their registrations and invitations move over, and the
    /// duplicate is removed. Refused when both are registered for the same session.
    /// </summary>
    public async Task MergeAsync(int duplicateId, int intoId)
    {
        if (duplicateId == intoId)
            throw new DomainException("Participants.MergeSelf", "IntoId");
        var duplicate = await db.Participants.FindAsync(duplicateId) ?? throw new DomainException("Validation.Invalid", "IntoId");
        if (!await db.Participants.AnyAsync(p => p.Id == intoId))
            throw new DomainException("Validation.Invalid", "IntoId");
        var sessionsOfInto = await db.Registrations.Where(r => r.ParticipantId == intoId).Select(r => r.SessionId).ToListAsync();
        if (await db.Registrations.AnyAsync(r => r.ParticipantId == duplicateId && sessionsOfInto.Contains(r.SessionId)))
            throw new DomainException("Participants.MergeSameSession", "IntoId");
        await db.InWriteTransactionAsync(async () =>
        {
            await db.Registrations.Where(r => r.ParticipantId == duplicateId)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.ParticipantId, intoId));
            db.Participants.Remove(duplicate);
            await db.SaveChangesAsync();
        });
    }
}
