using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Certificates;
using Training.Domain.Common;
using Training.Domain.Sessions;
using Training.Infrastructure.Documents;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Programmes;

/// <summary>
/// The record an accrediting body asks for, per accredited programme and year: the delivered sessions (dates, place,
/// trainers, hours) and their participants (institution, licence number, hours attended, points under this
/// accreditation), as a spreadsheet a clerk pastes into the body's forms and as a PDF summary the coordinator signs.
/// </summary>
public sealed class AccreditationRecordService(TrainingDbContext db, TextCatalog text, TimeProvider clock)
{
    private sealed record Delivery(int Id, string Title, DateOnly First, DateOnly Last, string Place, string Trainers, decimal Hours);

    private sealed record Row(int SessionId, string FullName, string Institution, string? Licence, decimal Attended, decimal Points);

    private sealed record Record(string Programme, string Body, string Number, int Year, IReadOnlyList<Delivery> Sessions, IReadOnlyList<Row> Rows);

    private async Task<Record?> LoadAsync(int programmeId, int accreditationId, int year)
    {
        var accreditation = await db.ProgrammeAccreditations.AsNoTracking().Include(a => a.Body)
            .FirstOrDefaultAsync(a => a.Id == accreditationId && a.ProgrammeId == programmeId);
        if (accreditation is null)
            return null;
        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == programmeId).Select(p => p.Title).FirstAsync();
        var sessions = await db.Sessions.AsNoTracking().AsSplitQuery().Include(s => s.Days).Include(s => s.Venue).ThenInclude(v => v!.Municipality)
            .Include(s => s.Trainers).ThenInclude(t => t.Trainer)
            .Where(s => s.ProgrammeId == programmeId && (s.Status == SessionStatus.Delivered || s.Status == SessionStatus.Closed))
            .ToListAsync();
        var deliveries = sessions.Where(s => s.FirstDay.Year == year).OrderBy(s => s.FirstDay)
            .Select(s => new Delivery(s.Id, s.Title, s.FirstDay, s.LastDay,
                s.Venue is { } v ? $"{v.Name}, {v.Municipality?.Name}" : s.IsOnline ? text["Certificate.Online"] : "—",
                string.Join(", ", s.Trainers.OrderBy(t => t.Role).Select(t => t.Trainer.FullName)), s.Hours))
            .ToList();
        var ids = deliveries.Select(d => d.Id).ToList();
        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => ids.Contains(c.SessionId) && c.Status == CertificateStatus.Valid && c.AccreditationNumber == accreditation.Number)
            .Select(c => new { c.SessionId, c.ParticipantId, c.FullName, c.LicenceNumber, c.Points })
            .ToListAsync();
        var people = certificates.Select(c => c.ParticipantId).Distinct().ToList();
        var institutions = await db.Participants.AsNoTracking().Where(p => people.Contains(p.Id))
            .Select(p => new { p.Id, Name = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault() ?? p.OrganisationName })
            .ToDictionaryAsync(p => p.Id, p => p.Name);
        var attendance = (await db.Attendance.AsNoTracking().Where(a => ids.Contains(a.SessionId) && people.Contains(a.ParticipantId))
                .Select(a => new { a.SessionId, a.ParticipantId, a.Hours }).ToListAsync())
            .GroupBy(a => (a.SessionId, a.ParticipantId)).ToDictionary(g => g.Key, g => g.Sum(a => a.Hours));
        var rows = certificates
            .Select(c => new Row(c.SessionId, c.FullName, institutions.GetValueOrDefault(c.ParticipantId) ?? "—", c.LicenceNumber,
                attendance.GetValueOrDefault((c.SessionId, c.ParticipantId)), c.Points ?? 0))
            .OrderBy(r => deliveries.FindIndex(d => d.Id == r.SessionId)).ThenBy(r => r.FullName, PersonNameOrder.Current)
            .ToList();
        return new Record(accreditation.AccreditedTitle ?? programme, accreditation.Body.Name, accreditation.Number, year, deliveries, rows);
    }

    private static string Dates(Delivery d) => d.First == d.Last ? Display.Date(d.First) : $"{Display.Date(d.First)} – {Display.Date(d.Last)}";

    private Spreadsheet.Sheet SessionsSheet(Record r) => new(text["AccreditationRecord.Sessions"],
        [text["AccreditationRecord.Dates"], text["AccreditationRecord.SessionTitle"], text["AccreditationRecord.Place"], text["AccreditationRecord.Trainers"], text["AccreditationRecord.Hours"], text["AccreditationRecord.Participants"]],
        r.Sessions.Select(d => (IReadOnlyList<object?>)[Dates(d), Display.Name(d.Title), Display.Name(d.Place), Display.Name(d.Trainers), d.Hours, r.Rows.Count(x => x.SessionId == d.Id)]).ToList());

    private Spreadsheet.Sheet ParticipantsSheet(Record r) => new(text["AccreditationRecord.ParticipantsSheet"],
        [text["AccreditationRecord.Dates"], text["AccreditationRecord.FullName"], text["AccreditationRecord.Institution"], text["AccreditationRecord.Licence"], text["AccreditationRecord.Attended"], text["AccreditationRecord.Points"]],
        r.Rows.Select(x => (IReadOnlyList<object?>)[Dates(r.Sessions.First(d => d.Id == x.SessionId)), x.FullName, Display.Name(x.Institution), x.Licence ?? "", x.Attended, x.Points]).ToList());

    public async Task<byte[]?> XlsxAsync(int programmeId, int accreditationId, int year) =>
        await LoadAsync(programmeId, accreditationId, year) is { } r ? await Spreadsheet.XlsxAsync(SessionsSheet(r), ParticipantsSheet(r)) : null;

    public async Task<byte[]?> CsvAsync(int programmeId, int accreditationId, int year) =>
        await LoadAsync(programmeId, accreditationId, year) is { } r ? Spreadsheet.Csv(ParticipantsSheet(r)) : null;

    public async Task<byte[]?> PdfAsync(int programmeId, int accreditationId, int year, string coordinator)
    {
        if (await LoadAsync(programmeId, accreditationId, year) is not { } r)
            return null;
        using var flow = new DocumentFlow(PdfProperties.Of(text, text["AccreditationRecord.Title", r.Year], $"{Display.Name(r.Programme)} — {text["Certificate.Accreditation", Display.Name(r.Body), r.Number]}"),
            PdfSharp.PageOrientation.Landscape);
        flow.Heading(text["AccreditationRecord.Title", r.Year], 15);
        flow.Paragraph(text["AccreditationRecord.ProgrammeLine", Display.Name(r.Programme)], 11, bold: true);
        flow.Paragraph(text["Certificate.Accreditation", Display.Name(r.Body), r.Number], 10);
        var sessions = SessionsSheet(r);
        flow.Table(sessions.Headers.Select((h, i) => (h, i is 1 or 3 ? 2.5 : 1.0)).ToList(),
            sessions.Rows.Select(row => (IReadOnlyList<string>)row.Select(Cell).ToList()));
        flow.Space(10);
        var participants = ParticipantsSheet(r);
        flow.Table(participants.Headers.Select((h, i) => (h, i is 1 or 2 ? 2.5 : 1.0)).ToList(),
            participants.Rows.Select(row => (IReadOnlyList<string>)row.Select(Cell).ToList()));
        flow.Space(24);
        flow.Paragraph(text["AccreditationRecord.SignedOff", Display.Name(coordinator), Display.Date(Belgrade.Today(clock))], 10);
        flow.Paragraph("______________________________", 10);
        return flow.ToBytes();
    }

    private static string Cell(object? value) => value is decimal d ? d.ToString("0.##", CultureInfo.CurrentCulture) : Convert.ToString(value, CultureInfo.CurrentCulture) ?? "";
}
