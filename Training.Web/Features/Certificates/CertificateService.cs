using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Training.Domain.Attendance;
using Training.Domain.Certificates;
using Training.Domain.Common;
using Training.Domain.Participants;
using Training.Domain.Programmes;
using Training.Domain.Sessions;
using Training.Infrastructure.Documents;
using Training.Infrastructure.Email;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Links;
using Training.Web.Shared;

namespace Training.Web.Features.Certificates;

/// <summary>
/// Certificates of a session: who may have one, issuing (numbers in the request, PDFs and emails
/// by the background job), revocation, name corrections, and finding one by its code or link.
/// </summary>
public sealed class CertificateService(TrainingDbContext db, TimeProvider clock, Mailer mailer, TextCatalog text,
    IOptions<CertificateOptions> certificateOptions, PublicLinks publicLinks)
{
    private readonly CertificateOptions _options = certificateOptions.Value;
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The public verification page's address, to which a certificate's code is added.</summary>
    public string VerifyAddress => publicLinks.To("/verify/");

    public string VerifyUrl(Certificate certificate) => VerifyAddress + certificate.VerificationCode;

    public async Task<CertificatesPage> PageAsync(TrainingSession session)
    {
        var records = await db.Attendance.AsNoTracking().Where(a => a.SessionId == session.Id).ToListAsync();
        var certificates = await db.Certificates.Where(c => c.SessionId == session.Id).OrderByDescending(c => c.Version).ToListAsync();
        var ids = records.Select(r => r.ParticipantId).Concat(certificates.Select(c => c.ParticipantId)).Distinct().ToList();
        var people = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.FullName, p.Email, Sector = db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Sector.Code).FirstOrDefault() })
            .ToListAsync();
        var accreditations = await AccreditationsAsync(session);
        var candidates = people
            .Select(p => new CertificateCandidate(p.Id, p.FullName, p.Email,
                Completion.Of(records.Where(r => r.ParticipantId == p.Id), session.Hours, session.CompletionPercent),
                certificates.Where(c => c.ParticipantId == p.Id).ToList(), p.Sector,
                ProgrammeAccreditation.For(accreditations, p.Sector, session.FirstDay, session.LastDay)))
            .OrderBy(c => c.FullName, PersonNameOrder.Current)
            .ToList();
        return new CertificatesPage(session, candidates, certificates.Count(c => c.IsValid && c.DeliveredAtUtc is null));
    }

    private Task<List<ProgrammeAccreditation>> AccreditationsAsync(TrainingSession session) =>
        db.ProgrammeAccreditations.AsNoTracking().Include(a => a.Body).Where(a => a.ProgrammeId == session.ProgrammeId).ToListAsync();

    /// <summary>
    /// Issues certificates: to everyone eligible who has none yet (no ids), or to the people named, in
    /// which case someone who did not meet the completion rule needs <paramref name="overrideReason"/>.
    /// Returns how many were issued; their PDFs and emails follow from the background job.
    /// </summary>
    public async Task<int> IssueAsync(TrainingSession session, IReadOnlyCollection<int>? participantIds, string? overrideReason, string by)
    {
        if (session.Status is not (SessionStatus.Delivered or SessionStatus.Closed))
            throw new DomainException("Certificates.SessionNotDelivered", nameof(session.Status));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryIssueAsync(session, participantIds, overrideReason, by);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another coordinator took the same numbers a moment earlier; count again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<int> TryIssueAsync(TrainingSession session, IReadOnlyCollection<int>? participantIds, string? overrideReason, string by)
    {
        var page = await PageAsync(session);
        var chosen = participantIds is null
            ? page.Candidates.Where(c => c.Current is null && c.Completion.Eligible).ToList()
            : page.Candidates.Where(c => participantIds.Contains(c.ParticipantId)).ToList();
        if (participantIds is not null && chosen.Count == 0)
            throw new DomainException("Certificates.NobodyChosen");
        if (chosen.FirstOrDefault(c => c.Current is not null) is { } holder && participantIds is not null)
            throw new DomainException("Certificates.AlreadyIssued", null, holder.FullName);
        var today = Belgrade.Today(clock);
        var next = (await db.Certificates.Where(c => c.Year == today.Year).MaxAsync(c => (int?)c.Sequence) ?? 0) + 1;
        var people = await db.Participants.Where(p => chosen.Select(c => c.ParticipantId).Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        foreach (var candidate in chosen)
        {
            var participant = people[candidate.ParticipantId];
            db.Certificates.Add(Certificate.Issue(_options.NumberPrefix, today.Year, next++, session.Id, participant.Id, DetailsFor(session, participant, candidate),
                candidate.Completion, overrideReason, today, by));
        }
        await db.SaveChangesAsync();
        return chosen.Count;
    }

    public async Task SetRuleAsync(TrainingSession session, int? percent)
    {
        session.SetCompletionRule(percent);
        await db.SaveChangesAsync();
    }

    public async Task RevokeAsync(TrainingSession session, int certificateId, string? reason, string by)
    {
        var certificate = await FindAsync(session, certificateId);
        certificate.Revoke(reason!, by, Now);
        await db.SaveChangesAsync();
    }

    /// <summary>A corrected name: the person's record is corrected and a new version replaces the certificate.</summary>
    public async Task<Certificate> CorrectNameAsync(TrainingSession session, int certificateId, string? fullName, string by)
    {
        var certificate = await FindAsync(session, certificateId);
        var next = certificate.CorrectName(fullName!, _options.NumberPrefix, Belgrade.Today(clock), by, Now);
        var participant = await db.Participants.FirstAsync(p => p.Id == certificate.ParticipantId);
        participant.CorrectName(next.FullName);
        db.Certificates.Add(next);
        await db.SaveChangesAsync();
        certificate.LinkReplacement(next);
        await db.SaveChangesAsync();
        return next;
    }

    /// <summary>
    /// The background job's work: renders the PDF of every certificate not yet delivered, stores it,
    /// and queues the email with its download link, a batch at a time. Safe to run again at any point.
    /// </summary>
    public async Task<int> DeliverPendingAsync(int batchSize = 50)
    {
        var delivered = 0;
        while (true)
        {
            var batch = await db.Certificates.Where(c => c.DeliveredAtUtc == null && c.Status == CertificateStatus.Valid).OrderBy(c => c.Id).Take(batchSize).ToListAsync();
            if (batch.Count == 0)
                return delivered;
            var ids = batch.Select(c => c.ParticipantId).ToList();
            var people = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
            foreach (var certificate in batch)
            {
                if (!await db.CertificateFiles.AnyAsync(f => f.CertificateId == certificate.Id))
                    db.CertificateFiles.Add(new CertificateFile(certificate.Id, CertificateDocument.Render(certificate, VerifyUrl(certificate), text)));
                var (token, hash) = ParticipantLink.New();
                certificate.Delivered(hash, Now);
                var person = people[certificate.ParticipantId];
                mailer.Queue(person.Email, certificate.FullName, certificate.Culture, "Certificate", t => new EmailContent(
                    t["Email.Certificate.Subject", Display.Name(certificate.ProgrammeTitle)],
                    [
                        t["Email.Greeting", Display.Name(certificate.FullName)],
                        t["Email.Certificate.Body", Display.Name(certificate.ProgrammeTitle), certificate.Number],
                        t["Email.Certificate.Download", publicLinks.To($"/certificates/{token}")],
                        t["Email.Certificate.Verify", VerifyUrl(certificate)],
                    ],
                    t["Email.Signature"]));
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            delivered += batch.Count;
        }
    }

    public Task<Certificate?> ByCodeAsync(string? code)
    {
        var normalised = Certificate.NormaliseCode(code);
        return normalised is null ? Task.FromResult<Certificate?>(null) : db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.VerificationCode == normalised);
    }

    /// <summary>The certificate behind an emailed download link, while it is valid.</summary>
    public async Task<Certificate?> ByDownloadTokenAsync(string token)
    {
        if (!ParticipantLink.IsWellFormed(token))
            return null;
        var hash = ParticipantLink.Hash(token);
        var certificate = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.DownloadTokenHash == hash);
        return certificate is { IsValid: true } && ParticipantLink.Matches(token, certificate.DownloadTokenHash!) ? certificate : null;
    }

    /// <summary>
    /// A person's record with the Centre: their valid, delivered certificates from every session and year, oldest first
    /// (one person per email address, so whatever link of theirs is used, the record is the same).
    /// </summary>
    public Task<List<Certificate>> OfParticipantAsync(int participantId) =>
        db.Certificates.AsNoTracking()
            .Where(c => c.ParticipantId == participantId && c.Status == CertificateStatus.Valid && c.DeliveredAtUtc != null)
            .OrderBy(c => c.FirstDay).ThenBy(c => c.Id)
            .ToListAsync();

    public Task<byte[]?> FileAsync(int certificateId) =>
        db.CertificateFiles.Where(f => f.CertificateId == certificateId).Select(f => f.Content).FirstOrDefaultAsync();

    public static string FileName(Certificate certificate) => certificate.Number.Replace('/', '-') + ".pdf";

    private async Task<Certificate> FindAsync(TrainingSession session, int certificateId) =>
        await db.Certificates.FirstOrDefaultAsync(c => c.Id == certificateId && c.SessionId == session.Id)
        ?? throw new DomainException("Certificates.NotFound");

    /// <summary>
    /// What the certificate says: the accredited title (and the session's own title when it differs), the place, the
    /// hours (and those attended where the rule allows partial attendance), the accreditation that applies to the
    /// person's sector with the points earned, and their licence number.
    /// </summary>
    private CertificateDetails DetailsFor(TrainingSession session, Participant participant, CertificateCandidate candidate)
    {
        var culture = Cultures.Normalise(participant.Culture);
        var title = culture == Cultures.English && _options.SignatoryTitleEnglish.Length > 0 ? _options.SignatoryTitleEnglish : _options.SignatoryTitle;
        var trainers = string.Join(", ", session.Trainers.OrderBy(t => t.Role).Select(t => t.Trainer.FullName));
        var accreditation = candidate.Accreditation;
        var programmeTitle = accreditation?.AccreditedTitle ?? session.Programme.Title;
        var place = session.Venue is { } venue
            ? string.Join(", ", new[] { venue.Name, venue.Municipality?.Name }.Where(x => !string.IsNullOrWhiteSpace(x)))
            : session.IsOnline ? Cultures.With(culture, () => text["Certificate.Online"]) : null;
        var completion = candidate.Completion;
        return new CertificateDetails(participant.FullName, programmeTitle, session.FirstDay, session.LastDay, session.Hours, trainers, _options.SignatoryName, title, culture)
        {
            SessionTitle = session.Title == programmeTitle ? null : session.Title,
            Place = place,
            AttendedHours = session.CompletionPercent < 100 ? Math.Min(completion.AttendedHours, completion.SessionHours) : null,
            Accreditation = accreditation is null ? null
                : new CertificateAccreditation(accreditation.Body.Name, accreditation.Number, accreditation.PointsEarned(completion, _options.PointsInProportionToHours)),
            LicenceNumber = accreditation is { Body.AsksLicenceNumber: true } ? participant.LicenceNumber : null,
        };
    }
}
