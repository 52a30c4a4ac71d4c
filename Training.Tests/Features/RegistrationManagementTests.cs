using System.Net;
using System.Text;
using Training.Domain.Registrations;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>The coordinator's tools on a session's registrations.</summary>
public sealed class RegistrationManagementTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public RegistrationManagementTests(TrainingAppFactory app) => _app = app;

    private async Task<WebSession> CoordinatorAsync()
    {
        var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        return web;
    }

    private static Dictionary<string, string> Person(string name, string email, string? institution = null) => new()
    {
        ["Add.FullName"] = name, ["Add.Email"] = email, ["Add.OrganisationName"] = institution ?? "",
    };

    [Fact]
    public async Task Above_capacity_only_with_a_reason_which_is_recorded()
    {
        var sessionId = OpenSession.Create(_app, capacity: 1);
        using var web = await CoordinatorAsync();
        await web.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/registrations/add", Person("Прва Особа", "prva@example.rs"));
        await web.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/registrations/add", Person("Друга Особа", "druga@example.rs"));
        var waiting = _app.Scoped(db => db.Registrations.Single(r => r.SessionId == sessionId && r.Status == RegistrationStatus.Waitlisted).Id);

        await web.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/registrations/{waiting}/move", new Dictionary<string, string> { ["confirm"] = "true" });
        Assert.Equal(RegistrationStatus.Waitlisted, _app.Scoped(db => db.Registrations.Single(r => r.Id == waiting).Status));
        Assert.Contains("за пријем преко капацитета упишите разлог", await web.GetPageAsync($"/sessions/{sessionId}"));

        await web.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/registrations/{waiting}/move", new Dictionary<string, string> { ["confirm"] = "true", ["overrideReason"] = "Предавач из ЦСР-а домаћина" });
        var confirmed = _app.Scoped(db => db.Registrations.Single(r => r.Id == waiting));
        Assert.Equal((RegistrationStatus.Confirmed, "Предавач из ЦСР-а домаћина"), (confirmed.Status, confirmed.OverrideReason));
        Assert.Equal(2, _app.Scoped(db => db.Sessions.Single(s => s.Id == sessionId).SeatsTaken));
    }

    [Fact]
    public async Task Moving_a_confirmed_person_to_the_waiting_list_frees_the_seat()
    {
        var sessionId = OpenSession.Create(_app, capacity: 3);
        using var web = await CoordinatorAsync();
        await web.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/registrations/add", Person("Трећа Особа", "treca@example.rs"));
        var id = _app.Scoped(db => db.Registrations.Single(r => r.SessionId == sessionId).Id);
        await web.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/registrations/{id}/move", new Dictionary<string, string> { ["confirm"] = "false" });
        Assert.Equal(RegistrationStatus.Waitlisted, _app.Scoped(db => db.Registrations.Single(r => r.Id == id).Status));
        Assert.Equal(0, _app.Scoped(db => db.Sessions.Single(s => s.Id == sessionId).SeatsTaken));
    }

    [Fact]
    public async Task Export_is_CSV_with_Cyrillic_and_no_formula_can_run()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        using var web = await CoordinatorAsync();
        await web.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/registrations/add", Person("Љиљана Ђурић", "ljiljana@example.rs", "=HYPERLINK(\"http://evil.example\",\"klik\")"));

        var response = await web.Client.GetAsync($"/sessions/{sessionId}/registrations/export.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\"Љиљана Ђурић\"", csv);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\"", csv);
        Assert.DoesNotContain(";\"=", csv);
    }

    [Fact]
    public async Task Management_cannot_export_or_change_registrations()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Management");
        Assert.Contains("access-denied", (await web.Client.GetAsync($"/sessions/{sessionId}/registrations/export.csv")).Headers.Location!.ToString());
    }
}

public sealed class OpenLinkTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public OpenLinkTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task Open_link_registers_anyone_with_a_personal_link_and_stops_when_switched_off()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        await coordinator.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/registrations/open-link", new Dictionary<string, string> { ["on"] = "true" });
        var details = await coordinator.GetPageAsync($"/sessions/{sessionId}");
        var token = System.Text.RegularExpressions.Regex.Match(details, "/o/([A-Za-z0-9_-]{43})").Groups[1].Value;
        Assert.Equal(43, token.Length);
        Assert.Equal(ParticipantLinkHash(token), _app.Scoped(db => db.Sessions.Single(s => s.Id == sessionId).OpenLinkHash));

        using var visitor = new WebSession(_app);
        var response = await visitor.PostFormAsync($"/o/{token}", $"/o/{token}", OpenSession.RegistrationFields("Са Листе", "lista@example.rs"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var personal = response.Headers.Location!.ToString();
        Assert.StartsWith("/r/", personal);
        Assert.Contains("Потврђена", await visitor.GetPageAsync(personal));

        await coordinator.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/registrations/open-link", new Dictionary<string, string> { ["on"] = "false" });
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.GetAsync($"/o/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Client.GetAsync(personal)).StatusCode);
    }

    private static string ParticipantLinkHash(string token) => Training.Web.Features.Registrations.ParticipantLink.Hash(token);
}
