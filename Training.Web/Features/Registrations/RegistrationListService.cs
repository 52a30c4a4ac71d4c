using Microsoft.EntityFrameworkCore;
using Training.Domain.Registrations;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Registrations;

/// <summary>The coordinator's view of a session's registrations, and its exports.</summary>
public sealed class RegistrationListService(TrainingDbContext db, TimeProvider clock)
{
    public async Task<SessionRegistrations> ForSessionAsync(int sessionId)
    {
        var rows = await db.Registrations.Where(r => r.SessionId == sessionId)
            .Join(db.Participants, r => r.ParticipantId, p => p.Id, (r, p) => new { r, p })
            .OrderBy(x => x.r.Status).ThenBy(x => x.r.CreatedAtUtc)
            .Select(x => new RegistrationRow(x.r.Id, x.p.FullName, x.p.Email,
                x.p.OrganisationId != null ? db.Organisations.Where(o => o.Id == x.p.OrganisationId).Select(o => o.Name).FirstOrDefault() : x.p.OrganisationName,
                x.r.Status, x.r.CreatedAtUtc))
            .ToListAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var invitations = await db.Invitations.Where(i => i.SessionId == sessionId)
            .Select(i => new { i.Status, i.ViaOpenLink, Awaiting = i.ViaOpenLink && i.Status == InvitationStatus.Sent && i.ExpiresAtUtc >= now }).ToListAsync();
        int Count(RegistrationStatus s) => rows.Count(r => r.Status == s);
        var counts = new RegistrationCounts(invitations.Count(i => !i.ViaOpenLink), Count(RegistrationStatus.Confirmed), Count(RegistrationStatus.Waitlisted),
            Count(RegistrationStatus.Offered), Count(RegistrationStatus.Cancelled))
        {
            AwaitingConfirmation = invitations.Count(i => i.Awaiting),
        };
        return new SessionRegistrations(counts, rows);
    }

    /// <summary>The session's registrations as CSV, safe to open in a spreadsheet.</summary>
    public async Task<byte[]> ExportCsvAsync(int sessionId, TextCatalog text) => Spreadsheet.Csv(await ExportAsync(sessionId, text));

    /// <summary>The session's registrations as an XLSX workbook; cells that look like formulas are kept as text.</summary>
    public async Task<byte[]> ExportXlsxAsync(int sessionId, TextCatalog text) => await Spreadsheet.XlsxAsync(await ExportAsync(sessionId, text));

    /// <summary>
    /// By status, then by surname; the waiting list (and those offered a seat) stays in order of arrival, since that is
    /// the order in which seats are offered.
    /// </summary>
    private async Task<Spreadsheet.Sheet> ExportAsync(int sessionId, TextCatalog text) =>
        new(text["Session.Registrations"], [text["Register.FullName"], text["Register.Email"], text["Register.Organisation"], text["Session.StatusLabel"]],
            (await ForSessionAsync(sessionId)).Rows
            .OrderBy(r => r.Status)
            .ThenBy(r => r.Status is RegistrationStatus.Waitlisted or RegistrationStatus.Offered ? r.CreatedAtUtc : DateTime.MinValue)
            .ThenBy(r => r.FullName, PersonNameOrder.Current)
            .Select(r => (IReadOnlyList<object?>)[Display.Name(r.FullName), r.Email, Display.Name(r.Institution), text["Registrations.Status." + r.Status]]).ToList());
}
