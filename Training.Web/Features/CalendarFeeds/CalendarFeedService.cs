using Microsoft.EntityFrameworkCore;
using Training.Domain.Calendars;
using Training.Domain.Common;
using Training.Domain.Sessions;
using Training.Domain.StaffDevelopment;
using Training.Infrastructure.Calendar;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Features.Registrations;
using Training.Web.Links;
using Training.Web.Shared;

namespace Training.Web.Features.CalendarFeeds;

/// <summary>
/// Personal calendars to subscribe to: a trainer's own sessions, the sessions of the year for those who plan them, a
/// staff member's development items and supervision meetings. Each user has one secret address; renewing it revokes
/// the old one.
/// </summary>
public sealed class CalendarFeedService(TrainingDbContext db, TimeProvider clock)
{
    public Task<CalendarFeed?> FeedOfAsync(string userId) => db.CalendarFeeds.FirstOrDefaultAsync(f => f.UserId == userId);

    /// <summary>Makes the user's address, or a new one in place of the old; returns its token, which is shown once.</summary>
    public async Task<string> RenewAsync(string userId)
    {
        var (token, hash) = ParticipantLink.New();
        var now = clock.GetUtcNow().UtcDateTime;
        if (await FeedOfAsync(userId) is { } feed)
            feed.Renew(hash, now);
        else
            db.CalendarFeeds.Add(new CalendarFeed(userId, hash, now));
        await db.SaveChangesAsync();
        return token;
    }

    /// <summary>The calendar behind a feed's token, in the user's roles; null for a token that matches no feed.</summary>
    public async Task<byte[]?> CalendarAsync(string token, TextCatalog text)
    {
        if (!ParticipantLink.IsWellFormed(token))
            return null;
        var hash = ParticipantLink.Hash(token);
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash);
        if (feed is null)
            return null;
        var roles = await db.UserRoles.Where(ur => ur.UserId == feed.UserId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToListAsync();
        var entries = new List<FeedEntry>();
        entries.AddRange(SessionEntries(await SessionsForAsync(feed.UserId, roles)));
        if (roles.Contains(Roles.Staff))
            entries.AddRange(await StaffEntriesAsync(feed.UserId, text));
        return FeedCalendar.Build(text["CalendarFeed.Name"], entries);
    }

    /// <summary>
    /// Those who plan sessions (coordinator, administrator) and management see every session of this year and the next;
    /// a trainer sees the sessions they are assigned to. Drafts are not in anyone's calendar yet.
    /// </summary>
    private async Task<List<TrainingSession>> SessionsForAsync(string userId, IReadOnlyCollection<string> roles)
    {
        var query = RegistrationService.SessionsWithDetails(db).AsNoTracking().Where(s => s.Status != SessionStatus.Draft);
        if (roles.Any(r => r is Roles.Administrator or Roles.Coordinator or Roles.Management))
        {
            var (from, _) = Belgrade.Year(Belgrade.Today(clock).Year);
            var (_, to) = Belgrade.Year(Belgrade.Today(clock).Year + 1);
            return await query.Where(s => s.StartsAtUtc >= from && s.StartsAtUtc < to).OrderBy(s => s.StartsAtUtc).ToListAsync();
        }
        if (roles.Contains(Roles.Trainer))
        {
            var trainerIds = await db.Trainers.Where(t => t.UserId == userId).Select(t => t.Id).ToListAsync();
            return await query.Where(s => s.Trainers.Any(a => trainerIds.Contains(a.TrainerId))).OrderBy(s => s.StartsAtUtc).ToListAsync();
        }
        return [];
    }

    private static IEnumerable<FeedEntry> SessionEntries(IEnumerable<TrainingSession> sessions) =>
        sessions.SelectMany(s => s.Days.OrderBy(d => d.Date).Select((day, i) => new FeedEntry(
            SessionCalendar.Uid("session", s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), i + 1),
            Display.Name(s.Title), RegistrationEmails.Place(s), null, s.Status == SessionStatus.Cancelled)
        {
            StartsAtUtc = day.StartsAtUtc, EndsAtUtc = day.EndsAtUtc,
        }));

    /// <summary>The staff member's dated development items and the supervision meetings they attend.</summary>
    private async Task<IEnumerable<FeedEntry>> StaffEntriesAsync(string userId, TextCatalog text)
    {
        var member = await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(m => m.UserId == userId);
        if (member is null)
            return [];
        var items = await db.DevelopmentItems.AsNoTracking().Where(i => i.StaffMemberId == member.Id && i.StartsOn != null).ToListAsync();
        var supervision = await db.SupervisionSessions.AsNoTracking().Where(s => s.Attendees.Any(a => a.StaffMemberId == member.Id)).ToListAsync();
        return items.Select(i => new FeedEntry(SessionCalendar.Uid("development", i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Display.Name(i.Title), null, text["Development.Kind." + i.Kind], i.Status == DevelopmentStatus.Cancelled)
            {
                FirstDay = i.StartsOn, LastDay = i.EndsOn ?? i.StartsOn,
            })
            .Concat(supervision.Select(s => new FeedEntry(SessionCalendar.Uid("supervision", s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                text["CalendarFeed.Supervision", Display.Name(s.Topic)], null, null, false)
            {
                FirstDay = s.Date, LastDay = s.Date,
            }));
    }
}
