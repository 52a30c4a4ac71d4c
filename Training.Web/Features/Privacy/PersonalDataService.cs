using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Participants;
using Training.Infrastructure.Documents;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Features.Audit;
using Training.Web.Links;
using Training.Web.Shared;

namespace Training.Web.Features.Privacy;

/// <summary>Everything the system holds about one participant: handed out on request (JSON and PDF), or erased.</summary>
public sealed class PersonalDataService(TrainingDbContext db, AuditService audit, TimeProvider clock, TextCatalog text)
{
    private static readonly JsonSerializerOptions ExportFormat = new()
    {
        WriteIndented = true,
        // A person reads this file: their name stays in Cyrillic rather than \u escapes.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public async Task<PersonalData?> CollectAsync(int participantId)
    {
        var person = await db.Participants.AsNoTracking().FirstOrDefaultAsync(p => p.Id == participantId);
        if (person is null)
            return null;
        var institution = person.OrganisationId is int org ? await db.Organisations.Where(o => o.Id == org).Select(o => o.Name).FirstOrDefaultAsync() : person.OrganisationName;
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.ParticipantId == participantId)
            .Join(db.Sessions, r => r.SessionId, s => s.Id, (r, s) => new PersonalRegistration(s.Title, s.StartsAtUtc, r.Status.ToString(), r.CreatedAtUtc, r.DietaryNeeds, r.AccessibilityNeeds))
            .ToListAsync();
        var attendance = await db.Attendance.AsNoTracking().Where(a => a.ParticipantId == participantId)
            .Join(db.SessionDays, a => a.SessionDayId, d => d.Id, (a, d) => new { a.SessionId, d.Date, Mark = a.Mark.ToString(), a.Hours })
            .Join(db.Sessions, a => a.SessionId, s => s.Id, (a, s) => new PersonalAttendance(s.Title, a.Date, a.Mark, a.Hours))
            .ToListAsync();
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.ParticipantId == participantId)
            .Select(c => new PersonalCertificate(c.Number, c.Status.ToString(), c.FullName, c.ProgrammeTitle, c.FirstDay, c.LastDay, c.Hours)).ToListAsync();
        var invitations = person.IsErased ? [] : await db.Invitations.AsNoTracking().Where(i => i.Email == person.Email)
            .Join(db.Sessions, i => i.SessionId, s => s.Id, (i, s) => new PersonalInvitation(s.Title, i.CreatedAtUtc, i.Status.ToString())).ToListAsync();
        var answers = await (
            from r in db.Responses.AsNoTracking()
            join a in db.Answers on r.Id equals a.ResponseId
            where r.ParticipantId == participantId && a.Text != null
            select new PersonalAnswer(r.Phase.ToString(), r.SubmittedOn, a.Text!)).ToListAsync();
        var emails = person.IsErased ? [] : await db.OutboxMessages.AsNoTracking().Where(m => m.ToAddress == person.Email)
            .OrderBy(m => m.CreatedAtUtc).Select(m => new PersonalEmail(m.Subject, m.CreatedAtUtc, m.SentAtUtc, m.Status.ToString())).ToListAsync();
        return new PersonalData(person.Id, person.FullName, person.Email, institution, person.Position, person.Phone, person.LicenceNumber, person.Culture, person.ErasedAtUtc,
            registrations, invitations, attendance, certificates, answers, emails);
    }

    public async Task<byte[]?> JsonAsync(int participantId)
    {
        var data = await CollectAsync(participantId);
        if (data is null)
            return null;
        await audit.RecordAsync("PersonalData.Exported", nameof(Participant), participantId, "file=json");
        return JsonSerializer.SerializeToUtf8Bytes(data, ExportFormat);
    }

    public async Task<byte[]?> PdfAsync(int participantId)
    {
        var data = await CollectAsync(participantId);
        if (data is null)
            return null;
        await audit.RecordAsync("PersonalData.Exported", nameof(Participant), participantId, "file=pdf");
        using var flow = new DocumentFlow(PdfProperties.Of(text, text["PersonalData.Title"], text["PersonalData.DocumentSubject", data.FullName]));
        flow.Heading(text["PersonalData.Title"], 15);
        flow.Paragraph(text["PersonalData.Generated", Display.DateTime(clock.GetUtcNow().UtcDateTime)], 8.5);
        flow.Table([(text["PersonalData.Field"], 1), (text["PersonalData.Value"], 2)],
        [
            [text["Register.FullName"], data.FullName], [text["Register.Email"], data.Email], [text["Register.Organisation"], data.Institution ?? "—"],
            [text["Register.Position"], data.Position ?? "—"], [text["Register.Phone"], data.Phone ?? "—"],
            [text["Register.LicenceNumber"], data.LicenceNumber ?? "—"],
        ]);
        void Section(string title, IReadOnlyList<(string, double)> columns, IEnumerable<IReadOnlyList<string>> rows)
        {
            var list = rows.ToList();
            flow.Heading(title, 11.5);
            if (list.Count == 0)
                flow.Paragraph("—", 9);
            else
                flow.Table(columns, list);
        }
        Section(text["PersonalData.Registrations"], [(text["PersonalData.Session"], 3), (text["PersonalData.Date"], 1.2), (text["PersonalData.Status"], 1.2), (text["PersonalData.Needs"], 2)],
            data.Registrations.Select(r => (IReadOnlyList<string>)[r.Session, Display.DateTime(r.StartsAtUtc), text["Registrations.Status." + r.Status], string.Join("; ", new[] { r.DietaryNeeds, r.AccessibilityNeeds }.Where(n => n is not null))]));
        Section(text["PersonalData.Attendance"], [(text["PersonalData.Session"], 3), (text["PersonalData.Date"], 1.2), (text["PersonalData.Status"], 1.2), (text["Development.Hours"], 0.8)],
            data.Attendance.Select(a => (IReadOnlyList<string>)[a.Session, Display.Date(a.Date), text["Attendance.Mark." + a.Mark], Display.Number(a.Hours)]));
        Section(text["PersonalData.Certificates"], [(text["PersonalData.Number"], 1.5), (text["PersonalData.Session"], 3), (text["PersonalData.Status"], 1)],
            data.Certificates.Select(c => (IReadOnlyList<string>)[c.Number, c.ProgrammeTitle, text["Audit.CertificateStatus." + c.Status]]));
        Section(text["PersonalData.Invitations"], [(text["PersonalData.Session"], 3), (text["PersonalData.Date"], 1.2), (text["PersonalData.Status"], 1)],
            data.Invitations.Select(i => (IReadOnlyList<string>)[i.Session, Display.DateTime(i.SentAtUtc), text["PersonalData.InvitationStatus." + i.Status]]));
        Section(text["PersonalData.Answers"], [(text["PersonalData.Date"], 1.2), (text["PersonalData.Answer"], 4)],
            data.Answers.Select(a => (IReadOnlyList<string>)[Display.Date(a.On), a.Text]));
        Section(text["PersonalData.Emails"], [(text["PersonalData.Subject"], 4), (text["PersonalData.Date"], 1.2)],
            data.Emails.Select(e => (IReadOnlyList<string>)[e.Subject, Display.DateTime(e.SentAtUtc ?? e.CreatedAtUtc)]));
        return flow.ToBytes();
    }

    /// <summary>
    /// Erases a person on request: who they are, their needs, their invitations and emails, who answered the
    /// evaluation; keeps the counts reports need and what a still-valid certificate needs to be verified.
    /// </summary>
    public async Task<bool> EraseAsync(int participantId)
    {
        var person = await db.Participants.FirstOrDefaultAsync(p => p.Id == participantId);
        if (person is null)
            return false;
        await db.InWriteTransactionAsync(async () =>
        {
            await EraseAsync(person);
            await audit.RecordAsync("PersonalData.Erased", nameof(Participant), participantId, "reason=request");
        });
        return true;
    }

    /// <summary>The erasure itself, shared by a request and the retention rule; the caller saves.</summary>
    internal async Task EraseAsync(Participant person)
    {
        var email = person.Email;
        var now = clock.GetUtcNow().UtcDateTime;
        if (!person.IsErased)
        {
            await db.Invitations.Where(i => i.Email == email).ExecuteDeleteAsync();
            var messages = await db.OutboxMessages.Where(m => m.ToAddress == email).ToListAsync();
            db.OutboxMessages.RemoveRange(messages);
        }
        // A new link's hash whose token is thrown away: the person's old link opens nothing any more.
        foreach (var registration in await db.Registrations.Where(r => r.ParticipantId == person.Id).ToListAsync())
            registration.ForgetPersonalData(ParticipantLink.New().Hash);
        foreach (var certificate in await db.Certificates.Where(c => c.ParticipantId == person.Id).ToListAsync())
            certificate.ForgetHolder();
        foreach (var response in await db.Responses.Where(r => r.ParticipantId == person.Id).ToListAsync())
            response.Anonymise();
        person.Erase(now);
    }
}

public sealed record PersonalData(int Id, string FullName, string Email, string? Institution, string? Position, string? Phone, string? LicenceNumber, string Culture, DateTime? ErasedAtUtc,
    IReadOnlyList<PersonalRegistration> Registrations, IReadOnlyList<PersonalInvitation> Invitations, IReadOnlyList<PersonalAttendance> Attendance,
    IReadOnlyList<PersonalCertificate> Certificates, IReadOnlyList<PersonalAnswer> Answers, IReadOnlyList<PersonalEmail> Emails);

public sealed record PersonalRegistration(string Session, DateTime StartsAtUtc, string Status, DateTime RegisteredAtUtc, string? DietaryNeeds, string? AccessibilityNeeds);

public sealed record PersonalInvitation(string Session, DateTime SentAtUtc, string Status);

public sealed record PersonalAttendance(string Session, DateOnly Date, string Mark, decimal Hours);

public sealed record PersonalCertificate(string Number, string Status, string FullName, string ProgrammeTitle, DateOnly FirstDay, DateOnly LastDay, decimal Hours);

public sealed record PersonalAnswer(string Phase, DateOnly On, string Text);

public sealed record PersonalEmail(string Subject, DateTime CreatedAtUtc, DateTime? SentAtUtc, string Status);
