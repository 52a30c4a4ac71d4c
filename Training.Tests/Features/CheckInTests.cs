using System.Net;
using System.Text.RegularExpressions;
using Training.Domain.Attendance;
using Training.Tests.Support;
using Training.Web.Links;

namespace Training.Tests.Features;

/// <summary>Self check-in: the code on a participant's page marks them present, for its own session and day only.</summary>
public sealed partial class CheckInTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public CheckInTests(TrainingAppFactory app) => _app = app;

    private static readonly TimeOnly Midnight = new(0, 0);
    private static readonly TimeOnly LastMinute = new(23, 59);

    private async Task<string> CodeOnPageAsync(string token)
    {
        using var participant = new WebSession(_app);
        var page = await participant.GetPageAsync($"/r/{token}");
        Assert.Contains("<svg", page);
        return CodePattern().Match(page).Groups[1].Value;
    }

    private static async Task<HttpResponseMessage> CheckInAsync(WebSession coordinator, int sessionId, string code) =>
        await coordinator.PostFormAsync($"/sessions/{sessionId}/check-in", $"/sessions/{sessionId}/check-in", new Dictionary<string, string> { ["code"] = code });

    [Fact]
    public async Task The_code_on_the_participants_page_marks_them_present_today()
    {
        var held = HeldSession.Create(_app, [0, 1], ["Снежана Поповић", "Бранко Ђукић"], start: Midnight, end: LastMinute);
        var code = await CodeOnPageAsync(held.People[0].Token);
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}$", code);

        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        var response = await CheckInAsync(coordinator, held.SessionId, code.ToLowerInvariant().Replace("-", " "));
        Assert.Contains("Снежана Поповић је означен/а као присутан/на.", await response.Content.ReadAsStringAsync());
        var record = _app.Scoped(db => db.Attendance.Single(a => a.SessionId == held.SessionId));
        Assert.Equal((held.People[0].ParticipantId, held.DayIds[0], AttendanceMark.Present, true), (record.ParticipantId, record.SessionDayId, record.Mark, record.CheckedIn));
    }

    [Fact]
    public async Task A_code_for_another_session_or_another_day_is_refused()
    {
        var here = HeldSession.Create(_app, [0, 1], ["Милан Васић"], start: Midnight, end: LastMinute);
        var elsewhere = HeldSession.Create(_app, [0], ["Гордана Николић"], start: Midnight, end: LastMinute);
        var otherSessionsCode = await CodeOnPageAsync(elsewhere.People[0].Token);
        var hash = ParticipantLink.Hash(here.People[0].Token);
        var tomorrowsCode = CheckInCode.Display(CheckInCode.For(hash, here.DayIds[1]));

        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        foreach (var code in new[] { otherSessionsCode, tomorrowsCode, "ABCD-EFG" })
        {
            var page = await (await CheckInAsync(coordinator, here.SessionId, code)).Content.ReadAsStringAsync();
            Assert.Contains(code == "ABCD-EFG" ? "Код има осам знакова" : "Тај код не важи за ову обуку данас.", page);
        }
        Assert.Equal(0, _app.Scoped(db => db.Attendance.Count(a => a.SessionId == here.SessionId || a.SessionId == elsewhere.SessionId)));
        // The right code for today works on the same page.
        var todays = CheckInCode.Display(CheckInCode.For(hash, here.DayIds[0]));
        Assert.Contains("Милан Васић је означен/а", await (await CheckInAsync(coordinator, here.SessionId, todays)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_session_with_no_day_today_says_so()
    {
        var held = HeldSession.Create(_app, [-2], ["Ивана Костић"]);
        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        var page = await coordinator.GetPageAsync($"/sessions/{held.SessionId}/check-in");
        Assert.Contains("Ова обука данас нема дан одржавања.", page);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Client.GetAsync($"/sessions/{held.SessionId}/check-in")).StatusCode);
    }

    [GeneratedRegex("data-testid=\"check-in-code\">([^<]+)<")]
    private static partial Regex CodePattern();
}
