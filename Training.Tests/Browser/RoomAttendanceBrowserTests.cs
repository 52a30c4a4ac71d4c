using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Training.Domain.Attendance;
using Training.Domain.Sessions;
using Training.Tests.Support;

namespace Training.Tests.Browser;

/// <summary>
/// A trainer marks attendance on a phone in a room whose connection drops: the list opens offline, the marks wait on the
/// phone and are stored when the connection returns, and a mark the coordinator changed meanwhile is a conflict to settle.
/// </summary>
public sealed class RoomAttendanceBrowserTests : IClassFixture<Support.Browser>, IDisposable
{
    private const string Trainer = "trainer@demo.local";
    private const string Coordinator = "coordinator@demo.local";

    private readonly Support.Browser _browser;
    private readonly TrainingAppFactory _app = new(null, kestrel: true);

    public RoomAttendanceBrowserTests(Support.Browser browser) => _browser = browser;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Trainer_marks_offline_and_the_marks_are_stored_with_who_marked_them_when_the_connection_returns()
    {
        var root = _app.ServerAddress;
        var held = TaughtSession(["Милена Старчевић", "Душан Вуковић", "Ивана Лазић"]);
        await using var phone = await _browser.NewContextAsync(width: 390, height: 844);
        var page = await phone.NewPageAsync();
        await Support.Browser.SignInAsync(page, root, Trainer);

        // From the trainer's own session page to the first day's list, opened once with a connection.
        await page.GotoAsync($"{root}/sessions/{held.SessionId}");
        await page.GetByTestId("room-attendance").GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync($"{root}/sessions/{held.SessionId}/attendance/days/{held.DayIds[0]}");
        await page.Locator("#day-list[data-offline-ready=true]").WaitForAsync();

        // The connection drops; the list opens again from the phone.
        await phone.SetOfflineAsync(true);
        await page.ReloadAsync();
        await Person(page, "Милена Старчевић").Locator("label.btn", new() { HasText = "Присутан/на" }).ClickAsync();
        await Person(page, "Душан Вуковић").Locator("label.btn", new() { HasText = "Делимично" }).ClickAsync();
        await Person(page, "Душан Вуковић").Locator("input[type=number]").FillAsync("3.5");
        await Person(page, "Ивана Лазић").Locator("label.btn", new() { HasText = "Одсутан/на" }).ClickAsync();
        await Expect(page.GetByTestId("sync-status"), "Чека слање: 3.");
        Assert.Equal(0, _app.Scoped(db => db.Attendance.Count(a => a.SessionId == held.SessionId)));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("attendance-phone-offline.png"), FullPage = true });

        // Back online: everything is sent, by the trainer's name.
        await phone.SetOfflineAsync(false);
        await Expect(page.GetByTestId("sync-status"), "Све ознаке су сачуване.");
        var stored = _app.Scoped(db => db.Attendance.Include(a => a.Changes).Where(a => a.SessionId == held.SessionId).ToList());
        Assert.Equal(3, stored.Count);
        Assert.All(stored, r => Assert.Equal(held.DayIds[0], r.SessionDayId));
        Assert.Equal(AttendanceMark.Present, stored.Single(r => r.ParticipantId == held.People[0].ParticipantId).Mark);
        var partial = stored.Single(r => r.ParticipantId == held.People[1].ParticipantId);
        Assert.Equal((AttendanceMark.Partial, 3.5m), (partial.Mark, partial.Hours));
        Assert.Equal(AttendanceMark.Absent, stored.Single(r => r.ParticipantId == held.People[2].ParticipantId).Mark);
        Assert.All(stored, r => Assert.Equal(Trainer, Assert.Single(r.Changes).ChangedBy));
        await Accessibility.AssertNoViolationsAsync(page);
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("attendance-phone.png"), FullPage = true });

        // The coordinator's grid says who marked each one.
        using var desk = new WebSession(_app);
        await desk.SignInAsync(Coordinator);
        var grid = await desk.GetPageAsync($"/sessions/{held.SessionId}/attendance");
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(grid, "data-testid=\"marked-by\">Означио/ла: trainer@demo.local<"));
    }

    [Fact]
    public async Task A_mark_the_coordinator_changed_while_the_phone_was_offline_is_a_conflict_the_trainer_settles()
    {
        var root = _app.ServerAddress;
        var held = TaughtSession(["Милена Старчевић", "Душан Вуковић"]);
        await using var phone = await _browser.NewContextAsync(width: 390, height: 844);
        var page = await phone.NewPageAsync();
        await Support.Browser.SignInAsync(page, root, Trainer);
        await page.GotoAsync($"{root}/sessions/{held.SessionId}/attendance/days/{held.DayIds[0]}");
        await page.Locator("#day-list[data-offline-ready=true]").WaitForAsync();

        await phone.SetOfflineAsync(true);
        await Person(page, "Милена Старчевић").Locator("label.btn", new() { HasText = "Присутан/на" }).ClickAsync();
        await Person(page, "Душан Вуковић").Locator("label.btn", new() { HasText = "Присутан/на" }).ClickAsync();
        await Expect(page.GetByTestId("sync-status"), "Чека слање: 2.");

        // Meanwhile, at the office, the coordinator marks Милена absent.
        using (var desk = new WebSession(_app))
        {
            await desk.SignInAsync(Coordinator);
            var url = $"/sessions/{held.SessionId}/attendance";
            var response = await desk.PostFormAsync(url, url, new Dictionary<string, string>
            {
                ["Marks[0].ParticipantId"] = held.People[0].ParticipantId.ToString(CultureInfo.InvariantCulture),
                ["Marks[0].DayId"] = held.DayIds[0].ToString(CultureInfo.InvariantCulture),
                ["Marks[0].Mark"] = "Absent",
            });
            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        }

        await phone.SetOfflineAsync(false);
        var conflict = Person(page, "Милена Старчевић").GetByTestId("conflict");
        await Expect(conflict, "coordinator@demo.local је у међувремену изменио/ла ову ознаку у „Одсутан/на”. Ваша ознака: „Присутан/на”.");
        await Expect(page.GetByTestId("sync-status"), "Све ознаке су сачуване.");
        // Not overwritten: the coordinator's mark stands until the trainer chooses; the other mark went through.
        Assert.Equal((AttendanceMark.Absent, Coordinator), MarkOf(held, 0));
        Assert.Equal((AttendanceMark.Present, Trainer), MarkOf(held, 1));
        Assert.True(await Person(page, "Милена Старчевић").GetByLabel("Одсутан/на").IsCheckedAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("attendance-phone-conflict.png"), FullPage = true });

        await conflict.GetByRole(AriaRole.Button, new() { Name = "Задржи моју: Присутан/на" }).ClickAsync();
        await Expect(page.GetByTestId("sync-status"), "Све ознаке су сачуване.");
        Assert.Equal(0, await conflict.Locator("button").CountAsync());
        Assert.Equal((AttendanceMark.Present, Trainer), MarkOf(held, 0));
        var history = _app.Scoped(db => db.Attendance.Include(a => a.Changes).Single(a => a.ParticipantId == held.People[0].ParticipantId)
            .Changes.OrderBy(c => c.Id).Select(c => (c.Mark, c.ChangedBy)).ToList());
        Assert.Equal(new[] { (AttendanceMark.Absent, Coordinator), (AttendanceMark.Present, Trainer) }, history);
    }

    /// <summary>A session two days of which are over, with the demo trainer assigned to it.</summary>
    private HeldSession.Held TaughtSession(string[] names)
    {
        var held = HeldSession.Create(_app, [-2, -1], names);
        _app.Scoped(db =>
        {
            var session = db.Sessions.Include(s => s.Days).Include(s => s.Trainers).Single(s => s.Id == held.SessionId);
            var userId = db.Users.Single(u => u.Email == Trainer).Id;
            var trainer = db.Trainers.Include(t => t.Unavailability).Single(t => t.UserId == userId);
            session.AssignTrainer(trainer, TrainerRole.Lead, 0, []);
            return db.SaveChanges();
        });
        return held;
    }

    private (AttendanceMark, string) MarkOf(HeldSession.Held held, int person) => _app.Scoped(db =>
        db.Attendance.Where(a => a.ParticipantId == held.People[person].ParticipantId && a.SessionDayId == held.DayIds[0])
            .Select(a => new { a.Mark, a.RecordedBy }).AsEnumerable().Select(a => (a.Mark, a.RecordedBy)).Single());

    private static ILocator Person(IPage page, string name) => page.GetByTestId("day-person").Filter(new() { HasText = name });

    private static async Task Expect(ILocator locator, string text)
    {
        await locator.Filter(new() { HasText = text }).WaitForAsync(new() { Timeout = 20_000 });
        Assert.Contains(text, await locator.InnerTextAsync());
    }
}
