using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Registrations;

/// <summary>The model of the public registration page, for personal and open links alike.</summary>
public static class ParticipantPages
{
    public static async Task<ParticipantPage> BuildAsync(TrainingDbContext db, TimeProvider clock, string token, LinkTarget target, RegistrationForm form, string prefix = "/r")
    {
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync();
        return new ParticipantPage(token, target, form, organisations, target.Session.AcceptsRegistrations(Belgrade.Today(clock)))
        {
            LinkPrefix = prefix,
            Expired = target.Registration is null && target.Invitation?.IsExpired(clock.GetUtcNow().UtcDateTime) == true,
        };
    }
}
