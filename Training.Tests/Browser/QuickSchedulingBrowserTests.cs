using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Training.Domain.Common;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Tests.Support;

namespace Training.Tests.Browser;

/// <summary>
/// Scheduling and inviting in one sitting: a two-day workshop of an existing programme, at a venue, with a trainer,
/// opened and thirty people invited from a pasted list, counted in the coordinator's interactions.
/// </summary>
public sealed class QuickSchedulingBrowserTests : IClassFixture<Support.Browser>, IAsyncLifetime
{
    private const string Programme = "Заштита деце од трговине људима у образовању";
    private const string Trainer = "Снежана Павловић";

    private readonly Support.Browser _browser;
    private readonly SmtpTestServer _smtp = new();
    private TrainingAppFactory _app = null!;

    public QuickSchedulingBrowserTests(Support.Browser browser) => _browser = browser;

    public Task InitializeAsync()
    {
        _app = TrainingAppFactory.WithSmtp(_smtp, kestrel: true);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Coordinator_schedules_opens_and_invites_thirty_people_in_at_most_fifteen_interactions()
    {
        var root = _app.ServerAddress;
        var (programmeId, venue, lastTimes) = _app.Scoped(db =>
        {
            var programme = db.Programmes.Single(p => p.Title == Programme);
            var last = db.Sessions.Include(s => s.Days).Where(s => s.ProgrammeId == programme.Id && s.Status != SessionStatus.Cancelled)
                .OrderByDescending(s => s.StartsAtUtc).First();
            var day = last.Days.OrderBy(d => d.Date).First();
            // Another venue than last time's, so the choice is the coordinator's and is counted.
            var other = db.Venues.Include(v => v.Municipality).Where(v => v.Id != last.VenueId).OrderBy(v => v.Id).First();
            return (programme.Id, other, (day.Start, day.End));
        });
        var venueLabel = $"{venue.Name} ({venue.Municipality.Name}, {venue.Capacity})";
        var first = Belgrade.Today(TimeProvider.System).AddDays(150);
        var people = Enumerable.Range(1, 30).Select(i => (Name: $"Учесник Број {i}", Email: $"ucesnik{i}@example.rs")).ToList();
        var pasted = string.Join("\n", people.Select(p => $"{p.Name} <{p.Email}>"));

        await using var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Support.Browser.SignInAsync(page, root, "coordinator@demo.local");

        var you = new Interactions();
        await you.ClickAsync(page.Locator("#main-nav").GetByRole(AriaRole.Link, new() { Name = "Обуке", Exact = true }));
        await you.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Нова обука" }));
        await you.SelectAsync(page.GetByLabel("Програм", new() { Exact = true }), Programme);
        // The programme's defaults arrive: nothing for the coordinator to do.
        await page.Locator($"form[data-defaults-for='{programmeId}']").WaitForAsync();
        Assert.Equal(lastTimes.Start.ToString("HH:mm", CultureInfo.InvariantCulture), await page.GetByLabel("Почетак сваког дана").InputValueAsync());
        Assert.Equal(lastTimes.End.ToString("HH:mm", CultureInfo.InvariantCulture), await page.GetByLabel("Крај сваког дана").InputValueAsync());
        await you.FillAsync(page.GetByLabel("Први дан"), first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await you.FillAsync(page.GetByLabel("Последњи дан"), first.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await you.SelectAsync(page.GetByLabel("Место одржавања"), venueLabel);
        await you.SelectAsync(page.GetByLabel("Тренер", new() { Exact = true }), Trainer);
        await you.FillAsync(page.GetByLabel("Адресе е-поште"), pasted);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("session-schedule-and-invite.png"), FullPage = true });
        await you.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Отвори пријаве и пошаљи позиве" }));

        await page.WaitForURLAsync(new Regex("/sessions/\\d+$"));
        Assert.True(you.Count <= 15, $"{you.Count} interactions: {string.Join("; ", you.Steps)}");
        Assert.Contains("Послато позива: 30.", await page.GetByRole(AriaRole.Status).InnerTextAsync());

        var id = int.Parse(new Uri(page.Url).Segments.Last(), CultureInfo.InvariantCulture);
        var stored = _app.Scoped(db => db.Sessions.AsNoTracking().Include(s => s.Days).Include(s => s.Trainers).ThenInclude(t => t.Trainer).Single(s => s.Id == id));
        Assert.Equal(programmeId, stored.ProgrammeId);
        Assert.Equal(SessionStatus.OpenForRegistration, stored.Status);
        Assert.Equal(venue.Id, stored.VenueId);
        Assert.Equal([first, first.AddDays(1)], stored.Days.OrderBy(d => d.Date).Select(d => d.Date).ToArray());
        Assert.All(stored.Days, d => Assert.Equal(lastTimes, (d.Start, d.End)));
        var assignment = Assert.Single(stored.Trainers);
        Assert.Equal((Trainer, TrainerRole.Lead), (assignment.Trainer.FullName, assignment.Role));
        var invited = _app.Scoped(db => db.Invitations.Where(i => i.SessionId == id && i.Status == InvitationStatus.Sent).Select(i => i.Email).ToList());
        Assert.Equal(people.Select(p => p.Email).Order(), invited.Order());

        // Each invitation reaches its address through the outbox.
        Assert.Equal(30, await _app.DispatchEmailAsync());
        foreach (var (_, email) in people)
            await _smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.Equal(30, _smtp.Messages.Count);
    }
}
