using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Sessions;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>The coordinator plans sessions through HTTP, as the browser posts them (with antiforgery).</summary>
public sealed class SessionSchedulingTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public SessionSchedulingTests(TrainingAppFactory app) => _app = app;

    private (int Programme, int Venue, int OtherVenue, int Trainer) Ids() => _app.Scoped(db => (
        db.Programmes.OrderBy(p => p.Id).First().Id,
        db.Venues.OrderBy(v => v.Id).First().Id,
        db.Venues.OrderBy(v => v.Id).Skip(1).First().Id,
        db.Trainers.Single(t => t.FullName == "Снежана Павловић").Id));

    private static Dictionary<string, string> SessionFields(int programme, int? venue, string firstDay, string? secondDay = null, int capacity = 20, string start = "09:00", string end = "15:00")
    {
        var fields = new Dictionary<string, string>
        {
            ["ProgrammeId"] = programme.ToString(CultureInfo.InvariantCulture),
            ["Title"] = "Радионица за тест",
            ["Language"] = "sr-Cyrl-RS",
            ["Days[0].Date"] = firstDay,
            ["Days[0].Start"] = start,
            ["Days[0].End"] = end,
            ["Capacity"] = capacity.ToString(CultureInfo.InvariantCulture),
            ["VenueId"] = venue?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["IsOnline"] = "false",
            ["TargetSectors"] = "SocialWorkCentre",
        };
        if (secondDay is not null)
        {
            fields["Days[1].Date"] = secondDay;
            fields["Days[1].Start"] = "09:00";
            fields["Days[1].End"] = "13:00";
        }
        return fields;
    }

    private async Task<(WebSession Web, int Id)> CreateAsync(Dictionary<string, string> fields)
    {
        var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var response = await web.PostFormAsync("/sessions/new", "/sessions/new", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var id = int.Parse(response.Headers.Location!.ToString().Split('/').Last(), CultureInfo.InvariantCulture);
        return (web, id);
    }

    [Fact]
    public async Task Coordinator_schedules_a_two_day_session_at_a_venue()
    {
        var ids = Ids();
        var (web, id) = await CreateAsync(SessionFields(ids.Programme, ids.Venue, "2031-03-10", "2031-03-11"));
        using var _ = web;

        var session = _app.Scoped(db => db.Sessions.Include(s => s.Days).Single(s => s.Id == id));
        Assert.Equal(SessionStatus.Draft, session.Status);
        Assert.Equal([new DateOnly(2031, 3, 10), new DateOnly(2031, 3, 11)], session.Days.OrderBy(d => d.Date).Select(d => d.Date));
        Assert.Equal(10m, session.Hours);
        Assert.Equal(new DateOnly(2031, 3, 9), session.RegistrationClosesOn);

        var page = await web.GetPageAsync($"/sessions/{id}");
        Assert.Contains("Радионица за тест", page);
        Assert.Contains("10.3.2031.", page);
        Assert.Matches("data-testid=\"capacity\">0 од 20 ", page);

        var calendar = await web.GetPageAsync("/sessions/calendar?view=month&date=2031-03-01");
        Assert.Contains($"href=\"/sessions/{id}\"", calendar);
        var week = await web.GetPageAsync("/sessions/calendar?view=week&date=2031-03-12");
        Assert.Contains($"href=\"/sessions/{id}\"", week);
    }

    [Theory]
    [InlineData("Days[0].End", "15:00", "09:00", null, 20, "Крај мора бити после почетка.")]
    [InlineData("Days[1].Date", "09:00", "15:00", "2031-04-01", 20, "је унет више пута")]
    [InlineData("Capacity", "09:00", "15:00", null, 0, "Вредност мора бити најмање 1.")]
    public async Task Invalid_session_is_refused_next_to_the_field_and_nothing_is_saved(string field, string start, string end, string? secondDay, int capacity, string message)
    {
        var ids = Ids();
        var before = _app.Scoped(db => db.Sessions.Count());
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var response = await web.PostFormAsync("/sessions/new", "/sessions/new", SessionFields(ids.Programme, ids.Venue, "2031-04-01", secondDay, capacity, start, end));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errorId = field.Replace("[", "_").Replace("].", "_") + "-error";
        var span = page[page.IndexOf($"id=\"{errorId}\"", StringComparison.Ordinal)..];
        Assert.Contains(message, span[..Math.Min(300, span.Length)]);
        Assert.Equal(before, _app.Scoped(db => db.Sessions.Count()));
    }

    [Fact]
    public async Task Registration_closing_after_the_start_is_refused()
    {
        var ids = Ids();
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var fields = SessionFields(ids.Programme, ids.Venue, "2031-05-05");
        fields["RegistrationClosesOn"] = "2031-05-06";
        var response = await web.PostFormAsync("/sessions/new", "/sessions/new", fields);
        Assert.Contains("Пријаве се морају затворити најкасније првог дана обуке.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_venue_cannot_hold_two_sessions_at_once()
    {
        var ids = Ids();
        var (first, _) = await CreateAsync(SessionFields(ids.Programme, ids.OtherVenue, "2031-06-02"));
        first.Dispose();
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var response = await web.PostFormAsync("/sessions/new", "/sessions/new", SessionFields(ids.Programme, ids.OtherVenue, "2031-06-02", start: "12:00", end: "17:00"));
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Место одржавања је тада заузето обуком „Радионица за тест“ (2.6.2031.).", page);
    }

    [Fact]
    public async Task A_trainer_cannot_teach_two_overlapping_sessions()
    {
        var ids = Ids();
        var (web, first) = await CreateAsync(SessionFields(ids.Programme, null, "2031-07-07"));
        using var _ = web;
        var assigned = await web.PostFormAsync($"/sessions/{first}", $"/sessions/{first}/trainers", new Dictionary<string, string> { ["Assign.TrainerId"] = ids.Trainer.ToString(CultureInfo.InvariantCulture), ["Assign.Role"] = "Lead" });
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal(15000m, _app.Scoped(db => db.TrainerAssignments.Single(a => a.TrainingSessionId == first).Fee));

        var (other, second) = await CreateAsync(SessionFields(ids.Programme, null, "2031-07-07", start: "14:00", end: "18:00"));
        using var __ = other;
        var clash = await other.PostFormAsync($"/sessions/{second}", $"/sessions/{second}/trainers", new Dictionary<string, string> { ["Assign.TrainerId"] = ids.Trainer.ToString(CultureInfo.InvariantCulture), ["Assign.Role"] = "Lead" });
        var page = await clash.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        Assert.Contains("Снежана Павловић тада држи обуку „Радионица за тест“ (7.7.2031.).", page);
        Assert.False(_app.Scoped(db => db.TrainerAssignments.Any(a => a.TrainingSessionId == second)));
    }

    [Fact]
    public async Task Second_of_two_simultaneous_edits_is_refused_and_shows_the_current_values()
    {
        var ids = Ids();
        var (web, id) = await CreateAsync(SessionFields(ids.Programme, ids.Venue, "2031-08-04"));
        using var _ = web;
        using var other = new WebSession(_app);
        await other.SignInAsRoleAsync("Coordinator");

        var form = await web.GetPageAsync($"/sessions/{id}/edit");
        var version = System.Text.RegularExpressions.Regex.Match(form, "name=\"Version\" value=\"([^\"]+)\"").Groups[1].Value;
        var first = SessionFields(ids.Programme, ids.Venue, "2031-08-04", capacity: 30);
        first["Version"] = version;
        var second = SessionFields(ids.Programme, ids.Venue, "2031-08-04", capacity: 12);
        second["Version"] = version;

        Assert.Equal(HttpStatusCode.Redirect, (await web.PostFormAsync($"/sessions/{id}/edit", $"/sessions/{id}/edit", first)).StatusCode);
        var refused = await other.PostFormAsync($"/sessions/{id}/edit", $"/sessions/{id}/edit", second);
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("изменио неко други", page);
        Assert.Contains("name=\"Capacity\" type=\"number\" min=\"1\" value=\"30\"", page);
        Assert.Equal(30, _app.Scoped(db => db.Sessions.Single(s => s.Id == id).Capacity));
    }

    [Fact]
    public async Task Status_moves_along_the_workflow_and_a_disallowed_move_is_refused()
    {
        var ids = Ids();
        var (web, id) = await CreateAsync(SessionFields(ids.Programme, ids.Venue, "2031-09-01"));
        using var _ = web;
        var skip = await web.PostFormAsync($"/sessions/{id}", $"/sessions/{id}/status", new Dictionary<string, string> { ["next"] = "Delivered" });
        Assert.Contains("Овај прелаз статуса није дозвољен.", await skip.Content.ReadAsStringAsync());
        Assert.Equal(SessionStatus.Draft, _app.Scoped(db => db.Sessions.Single(s => s.Id == id).Status));

        await web.PostFormAsync($"/sessions/{id}", $"/sessions/{id}/status", new Dictionary<string, string> { ["next"] = "Planned" });
        await web.PostFormAsync($"/sessions/{id}", $"/sessions/{id}/status", new Dictionary<string, string> { ["next"] = "OpenForRegistration" });
        Assert.Equal(SessionStatus.OpenForRegistration, _app.Scoped(db => db.Sessions.Single(s => s.Id == id).Status));
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_which_is_kept()
    {
        var ids = Ids();
        var (web, id) = await CreateAsync(SessionFields(ids.Programme, ids.Venue, "2031-10-06"));
        using var _ = web;
        var empty = await web.PostFormAsync($"/sessions/{id}", $"/sessions/{id}/cancel", new Dictionary<string, string> { ["Cancel.Reason"] = "" });
        Assert.Contains("Ово поље је обавезно.", await empty.Content.ReadAsStringAsync());
        Assert.Equal(SessionStatus.Draft, _app.Scoped(db => db.Sessions.Single(s => s.Id == id).Status));

        var cancelled = await web.PostFormAsync($"/sessions/{id}", $"/sessions/{id}/cancel", new Dictionary<string, string> { ["Cancel.Reason"] = "Сала је затворена због радова." });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var session = _app.Scoped(db => db.Sessions.Single(s => s.Id == id));
        Assert.Equal((SessionStatus.Cancelled, "Сала је затворена због радова."), (session.Status, session.CancellationReason));
    }

    [Fact]
    public async Task Copy_makes_a_draft_on_new_dates_with_the_same_trainers()
    {
        var ids = Ids();
        var (web, id) = await CreateAsync(SessionFields(ids.Programme, ids.Venue, "2031-11-03", "2031-11-04"));
        using var _ = web;
        await web.PostFormAsync($"/sessions/{id}", $"/sessions/{id}/trainers", new Dictionary<string, string> { ["Assign.TrainerId"] = ids.Trainer.ToString(CultureInfo.InvariantCulture), ["Assign.Role"] = "Lead", ["Assign.Fee"] = "20000" });

        var response = await web.PostFormAsync($"/sessions/{id}", $"/sessions/{id}/copy", new Dictionary<string, string> { ["Copy.FirstDay"] = "2031-12-01" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copyId = int.Parse(response.Headers.Location!.ToString().Split('/')[^2], CultureInfo.InvariantCulture);
        var copy = _app.Scoped(db => db.Sessions.Include(s => s.Days).Include(s => s.Trainers).Single(s => s.Id == copyId));
        Assert.Equal(SessionStatus.Draft, copy.Status);
        Assert.Equal([new DateOnly(2031, 12, 1), new DateOnly(2031, 12, 2)], copy.Days.OrderBy(d => d.Date).Select(d => d.Date));
        var trainer = Assert.Single(copy.Trainers);
        Assert.Equal((ids.Trainer, 20000m), (trainer.TrainerId, trainer.Fee));
    }

    [Fact]
    public async Task Capacity_above_the_venue_shows_a_warning()
    {
        var (venue, capacity) = _app.Scoped(db => db.Venues.Where(v => v.Capacity < 30).Select(v => new { v.Id, v.Capacity }).First() is var v ? (v.Id, v.Capacity) : default);
        var ids = Ids();
        var (web, id) = await CreateAsync(SessionFields(ids.Programme, venue, "2032-01-12", capacity: capacity + 5));
        using var _ = web;
        var page = await web.GetPageAsync($"/sessions/{id}");
        Assert.Contains("data-testid=\"venue-capacity-warning\"", page);
    }

    [Fact]
    public async Task Scheduling_from_a_programme_starts_with_its_capacity_and_sectors()
    {
        var programme = _app.Scoped(db => db.Programmes.Single(p => p.Title.StartsWith("Препознавање")));
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var form = await web.GetPageAsync($"/sessions/new?programme={programme.Id}");
        Assert.Contains($"name=\"Capacity\" type=\"number\" min=\"1\" value=\"{programme.DefaultCapacity}\"", form);
        Assert.Contains("id=\"sector-RefugeeCommissariat\" name=\"TargetSectors\" value=\"RefugeeCommissariat\" checked=\"checked\"", form);
    }

    [Fact]
    public async Task An_edit_that_leaves_the_activity_empty_keeps_the_programmes_activity()
    {
        var ids = Ids();
        var (web, id) = await CreateAsync(SessionFields(ids.Programme, null, "2032-02-02"));
        using var _ = web;
        var (version, expected) = _app.Scoped(db => (db.Sessions.Single(s => s.Id == id).Version, db.Programmes.Single(p => p.Id == ids.Programme).PlanActivityId));
        Assert.NotNull(expected);
        var fields = SessionFields(ids.Programme, null, "2032-02-02", capacity: 22);
        fields["Version"] = version.ToString();
        fields["PlanActivityId"] = "";
        Assert.Equal(HttpStatusCode.Redirect, (await web.PostFormAsync($"/sessions/{id}/edit", $"/sessions/{id}/edit", fields)).StatusCode);
        Assert.Equal(expected, _app.Scoped(db => db.Sessions.Single(s => s.Id == id).PlanActivityId));
    }
}
