using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Domain.Attendance;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Registrations;

/// <summary>The models of the participants' public pages: a personal link's, and a session's open link's.</summary>
public static class ParticipantPages
{
    public static async Task<ParticipantPage> BuildAsync(TrainingDbContext db, TimeProvider clock, string token, LinkTarget target, RegistrationForm form)
    {
        var registration = target.Registration;
        var today = Belgrade.Today(clock);
        var checkInDay = registration is { Status: RegistrationStatus.Confirmed } && target.Session.Status != SessionStatus.Cancelled
            ? target.Session.Days.Where(d => d.Date >= today).OrderBy(d => d.Date).FirstOrDefault()
            : null;
        var organisations = await OrganisationsAsync(db);
        return new ParticipantPage(token, target, WithInstitutionPicked(form, organisations), organisations, target.Session.AcceptsRegistrations(today))
        {
            OpensOn = OpensLater(target.Session, today),
            Expired = target.Registration is null && target.Invitation?.IsExpired(clock.GetUtcNow().UtcDateTime) == true,
            AsksLicenceNumber = await AsksLicenceNumberAsync(db, target.Session),
            Started = target.Session.StartsAtUtc <= clock.GetUtcNow().UtcDateTime,
            CheckIn = checkInDay is null ? null : (checkInDay, CheckInCode.For(registration!.TokenHash, checkInDay.Id)),
        };
    }

    /// <summary>The page of a session's open link.</summary>
    public static async Task<OpenLinkPage> BuildOpenAsync(TrainingDbContext db, TimeProvider clock, string token, TrainingSession session, PersonForm form)
    {
        var today = Belgrade.Today(clock);
        return new OpenLinkPage(token, session, form, await OrganisationsAsync(db), session.AcceptsRegistrations(today)) { OpensOn = OpensLater(session, today) };
    }

    /// <summary>The programme holds an accreditation whose points count for a licence (the Institute's, for social protection).</summary>
    private static Task<bool> AsksLicenceNumberAsync(TrainingDbContext db, TrainingSession session) =>
        db.ProgrammeAccreditations.AnyAsync(a => a.ProgrammeId == session.ProgrammeId && a.Body.AsksLicenceNumber);

    /// <summary>Open for registration, but from a later date: the page says which.</summary>
    private static DateOnly? OpensLater(TrainingSession session, DateOnly today) =>
        session.Status == SessionStatus.OpenForRegistration && session.OpensLaterThan(today) ? session.RegistrationOpensOn : null;

    private static Task<List<Choice>> OrganisationsAsync(TrainingDbContext db) =>
        db.Organisations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync();

    /// <summary>An institution the invitation named as it stands in the directory is picked there, saving the invitee a step.</summary>
    private static RegistrationForm WithInstitutionPicked(RegistrationForm form, IReadOnlyList<Choice> organisations)
    {
        if (form.OrganisationId is null && form.OrganisationName is { } name && organisations.FirstOrDefault(o => o.Name == name.Trim()) is { } match)
        {
            form.OrganisationId = match.Id;
            form.OrganisationName = null;
        }
        return form;
    }
}
