using System.Net;
using System.Text.RegularExpressions;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Sessions;
using Training.Tests.Support;
using Training.Web.Links;

namespace Training.Tests.Features;

/// <summary>Personal calendars to subscribe to, read back as a calendar program would, with Ical.Net.</summary>
public sealed class CalendarFeedTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public CalendarFeedTests(TrainingAppFactory app) => _app = app;

    private static async Task<string> MakeAddressAsync(WebSession web)
    {
        var response = await web.PostFormAsync("/account/calendar", "/account/calendar/renew", new Dictionary<string, string>());
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var address = Regex.Match(page, "value=\"([^\"]+/calendar/[A-Za-z0-9_-]{43}\\.ics)\"").Groups[1].Value;
        Assert.NotEmpty(address);
        return new Uri(address).AbsolutePath;
    }

    private async Task<Ical.Net.Calendar> FetchAsync(string path)
    {
        using var calendarProgram = new WebSession(_app);
        var response = await calendarProgram.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/calendar", response.Content.Headers.ContentType!.ToString());
        return Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task A_trainer_subscribes_to_their_own_sessions_and_a_renewed_address_revokes_the_old()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Trainer");
        var path = await MakeAddressAsync(web);
        var calendar = await FetchAsync(path);

        var expected = _app.Scoped(db =>
        {
            var userId = db.Users.Single(u => u.Email == "trainer@demo.local").Id;
            var trainerIds = db.Trainers.Where(t => t.UserId == userId).Select(t => t.Id).ToList();
            return db.Sessions.Include(s => s.Days).Where(s => s.Status != SessionStatus.Draft && s.Trainers.Any(a => trainerIds.Contains(a.TrainerId)))
                .AsEnumerable().SelectMany(s => s.Days.OrderBy(d => d.Date).Select((d, i) => $"session-{s.Id}-day-{i + 1}@obuke.centarzztlj.rs")).ToHashSet();
        });
        Assert.NotEmpty(expected);
        Assert.Equal(expected, calendar.Events.Select(e => e.Uid!).ToHashSet());
        Assert.Equal("PUBLISH", calendar.Method);

        // A new address: the old one is a 404 at once.
        var renewed = await MakeAddressAsync(web);
        Assert.NotEqual(path, renewed);
        using var stranger = new WebSession(_app);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(path)).StatusCode);
        Assert.Equal(expected.Count, (await FetchAsync(renewed)).Events.Count);
        Assert.Contains("направљена је", await web.GetPageAsync("/account/calendar"));
    }

    [Fact]
    public async Task A_coordinators_calendar_holds_the_years_sessions_and_a_cancellation_updates_the_same_entry()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var path = await MakeAddressAsync(web);
        var sessionId = OpenSession.Create(_app, capacity: 5, daysAhead: 3);
        var uid = $"session-{sessionId}-day-1@obuke.centarzztlj.rs";
        var before = (await FetchAsync(path)).Events.Single(e => e.Uid == uid);
        Assert.Equal("CONFIRMED", before.Status);
        var title = _app.Scoped(db => db.Sessions.Single(s => s.Id == sessionId).Title);
        Assert.Equal(title, before.Summary);

        _app.Scoped(db =>
        {
            db.Sessions.Single(s => s.Id == sessionId).Cancel("Тренер је болестан.");
            return db.SaveChanges();
        });
        var after = (await FetchAsync(path)).Events.Single(e => e.Uid == uid);
        Assert.Equal("CANCELLED", after.Status);
    }

    [Fact]
    public async Task A_staff_members_calendar_holds_their_supervision_and_development_items()
    {
        using var web = new WebSession(_app);
        await web.SignInAsync("staff@demo.local");
        var path = await MakeAddressAsync(web);
        var calendar = await FetchAsync(path);
        var (supervision, items) = _app.Scoped(db =>
        {
            var member = db.StaffMembers.Single(m => m.UserId == db.Users.Single(u => u.Email == "staff@demo.local").Id);
            return (db.SupervisionSessions.Count(s => s.Attendees.Any(a => a.StaffMemberId == member.Id)),
                db.DevelopmentItems.Count(i => i.StaffMemberId == member.Id && i.StartsOn != null));
        });
        Assert.True(supervision > 0);
        Assert.Equal(supervision, calendar.Events.Count(e => e.Uid!.StartsWith("supervision-", StringComparison.Ordinal)));
        Assert.Equal(items, calendar.Events.Count(e => e.Uid!.StartsWith("development-", StringComparison.Ordinal)));
        Assert.Contains(calendar.Events, e => e.Summary!.StartsWith("Супервизија: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_and_the_page_needs_a_sign_in()
    {
        using var web = new WebSession(_app);
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync($"/calendar/{ParticipantLink.New().Token}.ics")).StatusCode);
        var page = await web.Client.GetAsync("/account/calendar");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.OriginalString);
    }
}
