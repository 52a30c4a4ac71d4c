using Microsoft.EntityFrameworkCore;
using Training.Domain.Certificates;
using Training.Domain.Common;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Web.Features.Attendance;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Registrations;

/// <summary>The model of the public registration page, for personal and open links alike.</summary>
public static class ParticipantPages
{
    public static async Task<ParticipantPage> BuildAsync(TrainingDbContext db, TimeProvider clock, string token, LinkTarget target, RegistrationForm form, string prefix = "/r")
    {
        var registration = target.Registration;
        var certificates = registration is null ? [] : await db.Certificates.AsNoTracking()
            .Where(c => c.ParticipantId == registration.ParticipantId && c.SessionId == registration.SessionId
                        && c.Status == CertificateStatus.Valid && c.DeliveredAtUtc != null)
            .ToListAsync();
        var today = Belgrade.Today(clock);
        var checkInDay = registration is { Status: RegistrationStatus.Confirmed } && target.Session.Status != SessionStatus.Cancelled
            ? target.Session.Days.Where(d => d.Date >= today).OrderBy(d => d.Date).FirstOrDefault()
            : null;
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync();
        return new ParticipantPage(token, target, form, organisations, target.Session.AcceptsRegistrations(Belgrade.Today(clock)))
        {
            LinkPrefix = prefix,
            Expired = target.Registration is null && target.Invitation?.IsExpired(clock.GetUtcNow().UtcDateTime) == true,
            Certificates = certificates,
            Started = target.Session.StartsAtUtc <= clock.GetUtcNow().UtcDateTime,
            CheckIn = checkInDay is null ? null : (checkInDay, CheckInCode.For(registration!.TokenHash, checkInDay.Id)),
        };
    }
}
