using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Sessions;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>
/// A new session scheduled and opened with its invitations in one action: defaults from the programme's last session,
/// days as a range, and all or nothing when the list or a rule is wrong.
/// </summary>
public sealed class ScheduleAndInviteTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public ScheduleAndInviteTests(TrainingAppFactory app) => _app = app;

    private int Programme => _app.Scoped(db => db.Programmes.Single(p => p.Title == "Обука полицијских службеника за рад у области трговине људима").Id);

    private int SessionCount => _app.Scoped(db => db.Sessions.Count());

    private Dictionary<string, string> Fields(string first, string? last, string addresses, bool open = true) => new()
    {
        ["ProgrammeId"] = Programme.ToString(CultureInfo.InvariantCulture),
        ["Language"] = "sr-Cyrl-RS",
        ["FirstDay"] = first,
        ["LastDay"] = last ?? "",
        ["DayStart"] = "09:00",
        ["DayEnd"] = "14:00",
        ["Capacity"] = "20",
        ["VenueId"] = _app.Scoped(db => db.Venues.OrderBy(v => v.Id).Skip(2).First().Id).ToString(CultureInfo.InvariantCulture),
        ["IsOnline"] = "false",
        ["Addresses"] = addresses,
        ["OpenAndInvite"] = open ? "true" : "false",
    };

    private async Task<WebSession> CoordinatorAsync()
    {
        var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        return web;
    }

    [Fact]
    public async Task A_new_session_starts_as_the_programme_was_last_held()
    {
        using var web = await CoordinatorAsync();
        // A programme the other tests here do not schedule.
        var programme = _app.Scoped(db => db.Programmes.Single(p => p.Title == "Културолошки приступ идентификацији међу мигрантима").Id);
        var last = _app.Scoped(db => db.Sessions.Include(s => s.Days).Include(s => s.Trainers)
            .Where(s => s.ProgrammeId == programme && s.Status != SessionStatus.Cancelled).OrderByDescending(s => s.StartsAtUtc).First());
        var defaults = JsonDocument.Parse(await web.GetPageAsync($"/sessions/new/defaults?programme={programme}")).RootElement;
        Assert.Equal(last.VenueId, defaults.GetProperty("VenueId").GetInt32());
        Assert.Equal(last.Trainers.Single(t => t.Role == TrainerRole.Lead).TrainerId, defaults.GetProperty("TrainerId").GetInt32());
        Assert.Equal(last.Capacity, defaults.GetProperty("Capacity").GetInt32());
        Assert.Equal(last.Days.First().Start.ToString("HH:mm", CultureInfo.InvariantCulture), defaults.GetProperty("DayStart").GetString());
        Assert.Equal(last.TargetSectors.Codes, defaults.GetProperty("TargetSectors").EnumerateArray().Select(e => e.GetString()!).ToList());
        // The form itself, reached from the programme, shows the same.
        var form = await web.GetPageAsync($"/sessions/new?programme={programme}");
        Assert.Contains($"<option value=\"{last.VenueId}\" selected=\"selected\">", form);
    }

    [Fact]
    public async Task A_bad_row_in_the_list_saves_and_sends_nothing_until_the_valid_ones_are_chosen()
    {
        using var web = await CoordinatorAsync();
        var before = SessionCount;
        var fields = Fields("2032-04-12", null, "Ана Ана <ana@example.rs>\nnije-adresa\nМарко Марко <marko@example.rs>");
        var refused = await web.PostFormAsync("/sessions/new", "/sessions/new", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("id=\"Addresses-error\"", html);
        Assert.Contains("Неки редови нису исправни.", html);
        Assert.Contains("nije-adresa", html);
        Assert.Contains("Ана Ана &lt;ana@example.rs&gt;", html);
        Assert.Equal(before, SessionCount);

        fields["ValidOnly"] = "true";
        var sent = await web.PostFormAsync("/sessions/new", "/sessions/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var id = int.Parse(sent.Headers.Location!.ToString().Split('/').Last(), CultureInfo.InvariantCulture);
        var session = _app.Scoped(db => db.Sessions.Include(s => s.Days).Single(s => s.Id == id));
        Assert.Equal(SessionStatus.OpenForRegistration, session.Status);
        // A blank last day: as many days as the programme lasts (two).
        Assert.Equal([new DateOnly(2032, 4, 12), new DateOnly(2032, 4, 13)], session.Days.OrderBy(d => d.Date).Select(d => d.Date).ToArray());
        Assert.Equal(2, _app.Scoped(db => db.Invitations.Count(i => i.SessionId == id)));
    }

    [Fact]
    public async Task A_trainer_who_is_busy_then_leaves_no_session_and_no_invitation_behind()
    {
        using var web = await CoordinatorAsync();
        var busy = _app.Scoped(db => db.Trainers.Include(t => t.Unavailability).Single(t => t.FullName == "Бојана Симић"));
        var away = busy.Unavailability.First().From;
        var before = SessionCount;
        var invitations = _app.Scoped(db => db.Invitations.Count());
        var fields = Fields(away.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), away.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "Ана Ана <ana@example.rs>");
        fields["TrainerId"] = busy.Id.ToString(CultureInfo.InvariantCulture);
        var response = await web.PostFormAsync("/sessions/new", "/sessions/new", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("id=\"TrainerId-error\"[^>]*>[^<]*Бојана Симић", html);
        Assert.Contains("Ана Ана &lt;ana@example.rs&gt;</textarea>", html);
        Assert.Equal(before, SessionCount);
        Assert.Equal(invitations, _app.Scoped(db => db.Invitations.Count()));
    }

    [Fact]
    public async Task Opening_without_a_place_is_refused_next_to_the_venue_and_leaves_no_draft_behind()
    {
        using var web = await CoordinatorAsync();
        var before = SessionCount;
        var fields = Fields("2032-07-05", "2032-07-06", "Ана Ана <ana@example.rs>");
        fields["VenueId"] = "";
        var response = await web.PostFormAsync("/sessions/new", "/sessions/new", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"VenueId-error\"[^>]*>[^<]+<", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, SessionCount);
    }

    [Theory]
    [InlineData("2032-05-10", "2032-05-08", "LastDay", "Последњи дан не може бити пре првог.")]
    [InlineData("2032-05-10", "2032-05-25", "LastDay", "10")]
    public async Task A_wrong_range_is_said_next_to_the_last_day(string first, string last, string field, string message)
    {
        using var web = await CoordinatorAsync();
        var before = SessionCount;
        var response = await web.PostFormAsync("/sessions/new", "/sessions/new", Fields(first, last, "", open: false));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"id=\"{field}-error\"[^>]*>[^<]*{Regex(message)}", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, SessionCount);
    }

    [Fact]
    public async Task Saving_a_draft_with_a_list_asks_to_open_it_instead_and_keeps_the_list()
    {
        using var web = await CoordinatorAsync();
        var before = SessionCount;
        var fields = Fields("2032-06-07", "2032-06-08", "Ана Ана <ana@example.rs>", open: false);
        var response = await web.PostFormAsync("/sessions/new", "/sessions/new", fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("id=\"Addresses-error\"[^>]*>[^<]*Отвори пријаве и пошаљи позиве", html);
        Assert.Contains("Ана Ана &lt;ana@example.rs&gt;</textarea>", html);
        Assert.Equal(before, SessionCount);
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
