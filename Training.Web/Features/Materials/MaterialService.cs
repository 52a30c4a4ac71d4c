using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Materials;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Email;
using Training.Infrastructure.Files;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Links;
using Training.Web.Shared;

namespace Training.Web.Features.Materials;

/// <summary>
/// Training materials of programmes and sessions: uploads (checked, versioned, stored outside the web
/// root), who may download what, the follow-up email with the participants' materials, and the
/// preparation checklist.
/// </summary>
public sealed class MaterialService(TrainingDbContext db, FileStore files, TimeProvider clock, Mailer mailer, IDataProtectionProvider protection, PublicLinks publicLinks)
{
    /// <summary>Links in follow-up emails work for this long.</summary>
    public static readonly TimeSpan FollowUpLinkLife = TimeSpan.FromDays(180);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private const string LinkPurpose = "Training.Materials.FollowUp";

    /// <summary>A session as its materials pages show it: title, days and programme.</summary>
    public Task<TrainingSession?> SessionAsync(int id) =>
        db.Sessions.Include(s => s.Days).Include(s => s.Programme).FirstOrDefaultAsync(s => s.Id == id);

    public async Task<SessionMaterialsPage> SessionPageAsync(TrainingSession session, MaterialForm form, bool canEdit)
    {
        var own = await db.Materials.Include(m => m.Versions).Where(m => m.SessionId == session.Id).OrderBy(m => m.Title).ToListAsync();
        var ofProgramme = await db.Materials.Include(m => m.Versions).Where(m => m.ProgrammeId == session.ProgrammeId).OrderBy(m => m.Title).ToListAsync();
        var checks = await db.PreparationChecks.Where(c => c.SessionId == session.Id).ToListAsync();
        var checklist = Enum.GetValues<PreparationItem>().Select(i => new ChecklistRow(i, checks.FirstOrDefault(c => c.Item == i))).ToList();
        return new SessionMaterialsPage(session, own, ofProgramme, checklist, form, canEdit);
    }

    public Task<List<Material>> OfProgrammeAsync(int programmeId) =>
        db.Materials.Include(m => m.Versions).Where(m => m.ProgrammeId == programmeId).OrderBy(m => m.Title).ToListAsync();

    /// <summary>
    /// Uploads a file as a new material, or as the next version of <paramref name="existing"/>. The file is
    /// checked before anything is written; a refusal stores nothing.
    /// </summary>
    public async Task<Material> UploadAsync(Func<Material> create, Material? existing, MaterialForm form, string by)
    {
        var (buffer, accepted) = await Uploads.ReadAsync(form.File);
        await using var _ = buffer;
        var material = existing ?? create();
        if (existing is null)
            material.Describe(form.Title!, form.Kind, Cultures.Normalise(form.Language), form.Visibility);
        await files.KeepAsync(buffer, async (stored, sha) =>
        {
            material.AddVersion(accepted.FileName, stored, accepted.ContentType, buffer.Length, sha, by, Now);
            if (existing is null)
                db.Materials.Add(material);
            await db.SaveChangesAsync();
        });
        return material;
    }

    public async Task DescribeAsync(Material material, MaterialForm form)
    {
        material.Describe(form.Title!, form.Kind, Cultures.Normalise(form.Language), form.Visibility);
        await db.SaveChangesAsync();
    }

    public Task<Material?> FindAsync(int id) => db.Materials.Include(m => m.Versions).FirstOrDefaultAsync(m => m.Id == id);

    public (Stream Content, MaterialVersion Version) Open(MaterialVersion version) => (files.Open(version.StoredName), version);

    /// <summary>
    /// What a participant may download: materials of their session and of its programme that are shared
    /// with participants (or public), and only while their registration is confirmed or they attended.
    /// </summary>
    public async Task<List<Material>> SharedWithAsync(int participantId, TrainingSession session)
    {
        var takesPart = await db.Registrations.AnyAsync(r => r.SessionId == session.Id && r.ParticipantId == participantId && r.Status == RegistrationStatus.Confirmed)
                        || await db.Attendance.AnyAsync(a => a.SessionId == session.Id && a.ParticipantId == participantId);
        if (!takesPart)
            return [];
        return await db.Materials.Include(m => m.Versions)
            .Where(m => (m.SessionId == session.Id || m.ProgrammeId == session.ProgrammeId) && m.Visibility != MaterialVisibility.Internal)
            .OrderBy(m => m.Title).ToListAsync();
    }

    /// <summary>A link for the follow-up email: it names the session and the person, sealed by the app's keys, and expires.</summary>
    public string FollowUpToken(int sessionId, int participantId) => SealedLink.Seal(protection, LinkPurpose, FollowUpLinkLife, sessionId, participantId);

    /// <summary>The session and person a follow-up link was made for, or null when it was tampered with or has expired.</summary>
    public (int SessionId, int ParticipantId)? ReadFollowUpToken(string token) =>
        SealedLink.Open(protection, LinkPurpose, token) is [var session, var participant] && int.TryParse(session, out var s) && int.TryParse(participant, out var p)
            ? (s, p)
            : null;

    /// <summary>
    /// After a session is delivered, everyone confirmed gets one email with the link to its materials,
    /// when there are materials meant for them.
    /// </summary>
    public async Task<int> QueueFollowUpAsync(TrainingSession session)
    {
        var shared = await db.Materials.AnyAsync(m => (m.SessionId == session.Id || m.ProgrammeId == session.ProgrammeId) && m.Visibility != MaterialVisibility.Internal);
        if (!shared)
            return 0;
        var people = await (from r in db.Registrations
                            join p in db.Participants on r.ParticipantId equals p.Id
                            where r.SessionId == session.Id && r.Status == RegistrationStatus.Confirmed
                            select p).ToListAsync();
        foreach (var person in people)
        {
            var link = publicLinks.To($"/materials/for/{FollowUpToken(session.Id, person.Id)}");
            mailer.Queue(person.Email, person.FullName, person.Culture, "Materials", t => new EmailContent(
                t["Email.Materials.Subject", Display.Name(session.Title)],
                [t["Email.Greeting", person.FullName], t["Email.Materials.Body", Display.Name(session.Title)], t["Email.Materials.Link", link]],
                t["Email.Signature"]));
        }
        await db.SaveChangesAsync();
        return people.Count;
    }

    public async Task TickAsync(TrainingSession session, PreparationItem item, bool done, string by)
    {
        var check = await db.PreparationChecks.FirstOrDefaultAsync(c => c.SessionId == session.Id && c.Item == item);
        if (done && check is null)
            db.PreparationChecks.Add(new PreparationCheck(session.Id, item, by, Now));
        else if (!done && check is not null)
            db.PreparationChecks.Remove(check);
        await db.SaveChangesAsync();
    }

}
