using System.Globalization;
using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Text;
using Training.Domain.Registrations;
using Training.Tests.Support;
using Training.Web.Links;

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
    public async Task Open_link_sends_a_personal_link_by_email_and_stops_when_switched_off()
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
        var response = await visitor.PostFormAsync($"/o/{token}", $"/o/{token}", new Dictionary<string, string>
        {
            ["FullName"] = "Са Листе", ["Email"] = "lista@example.rs", ["OrganisationName"] = "Центар за социјални рад Ниш",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/o/{token}?sent=true", response.Headers.Location!.ToString());
        // The personal link comes by email only; registering from it takes the seat.
        var mail = _app.Scoped(db => db.OutboxMessages.Single(m => m.ToAddress == "lista@example.rs").TextBody);
        var personal = $"/r/{TrainingAppFactory.LinkTokenIn(mail)}";
        Assert.Contains("value=\"Са Листе\"", await visitor.GetPageAsync(personal));
        await visitor.PostFormAsync(personal, personal, OpenSession.RegistrationFields("Са Листе", "lista@example.rs"));
        Assert.Contains("Потврђена", await visitor.GetPageAsync(personal));

        await coordinator.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/registrations/open-link", new Dictionary<string, string> { ["on"] = "false" });
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.GetAsync($"/o/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetFollowingLinkAsync(personal)).StatusCode);
    }

    private static string ParticipantLinkHash(string token) => ParticipantLink.Hash(token);
}

public sealed class InvitationImportTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public InvitationImportTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task Csv_with_a_bad_row_is_reported_then_only_the_valid_rows_are_invited()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var page = await web.GetPageAsync($"/sessions/{sessionId}/invite");
        var csv = "name,email,institution,position\nВесна Ђорђевић,vesna@csr-bor.rs,ЦСР Бор,психолог\nПогрешна,bad-address,ЦСР Бор,\n";
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(WebSession.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent("sr-Cyrl-RS"), "Culture" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "File", "pozvani.csv" },
        };
        var report = await web.Client.PostAsync($"/sessions/{sessionId}/invite", upload);
        var reportPage = await report.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Contains("неисправна адреса", reportPage);
        Assert.Equal(0, _app.Scoped(db => db.Invitations.Count(i => i.SessionId == sessionId)));

        var kept = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(reportPage, "name=\"CsvText\" value=\"([^\"]*)\"").Groups[1].Value);
        var sent = await web.PostFormAsync($"/sessions/{sessionId}/invite", $"/sessions/{sessionId}/invite",
            new Dictionary<string, string> { ["CsvText"] = kept, ["Culture"] = "sr-Cyrl-RS", ["ValidOnly"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var invitation = _app.Scoped(db => db.Invitations.Single(i => i.SessionId == sessionId));
        Assert.Equal(("vesna@csr-bor.rs", "Весна Ђорђевић", "ЦСР Бор"), (invitation.Email, invitation.Name, invitation.Institution));
    }

    [Fact]
    public async Task Resending_an_invitation_replaces_its_link()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        var old = OpenSession.Invite(_app, sessionId, 1, "resend")[0];
        var invitationId = _app.Scoped(db => db.Invitations.Single(i => i.SessionId == sessionId).Id);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        await web.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/invite/{invitationId}/resend", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync($"/r/{old}")).StatusCode);
        Assert.Equal(2, _app.Scoped(db => db.OutboxMessages.Count(m => m.ToAddress == "resend0@example.rs")) + 1);
    }

    [Fact]
    public async Task Raising_the_capacity_offers_the_new_seats_to_the_people_waiting()
    {
        var sessionId = OpenSession.Create(_app, capacity: 1);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        foreach (var (name, email) in new[] { ("Прва", "cap1@example.rs"), ("Друга", "cap2@example.rs"), ("Трећа", "cap3@example.rs") })
            await web.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/registrations/add", new Dictionary<string, string> { ["Add.FullName"] = name, ["Add.Email"] = email });

        var fields = _app.Scoped(db =>
        {
            var session = db.Sessions.Include(s => s.Days).Single(s => s.Id == sessionId);
            var day = session.Days.Single();
            return new Dictionary<string, string>
            {
                ["ProgrammeId"] = session.ProgrammeId.ToString(CultureInfo.InvariantCulture), ["Title"] = session.Title, ["Language"] = session.Language, ["Version"] = session.Version.ToString(),
                ["Days[0].Date"] = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Days[0].Start"] = day.Start.ToString("HH:mm", CultureInfo.InvariantCulture), ["Days[0].End"] = day.End.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["VenueId"] = "", ["IsOnline"] = "true", ["MeetingLink"] = session.MeetingLink!, ["Capacity"] = "2",
                ["RegistrationOpensOn"] = session.RegistrationOpensOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", ["RegistrationClosesOn"] = session.RegistrationClosesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
        });
        var saved = await web.PostFormAsync($"/sessions/{sessionId}/edit", $"/sessions/{sessionId}/edit", fields);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());

        var statuses = _app.Scoped(db => db.Registrations.Where(r => r.SessionId == sessionId).OrderBy(r => r.Id).Select(r => r.Status).ToList());
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Offered, RegistrationStatus.Waitlisted], statuses);
    }
}

public sealed class ExportAndRenewalTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public ExportAndRenewalTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task Xlsx_export_has_the_expected_cells_and_no_formula()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        await web.PostFormAsync($"/sessions/{sessionId}", $"/sessions/{sessionId}/registrations/add",
            new Dictionary<string, string> { ["Add.FullName"] = "Ђорђе Чолић", ["Add.Email"] = "djordje@example.rs", ["Add.OrganisationName"] = "=1+1" });
        var response = await web.Client.GetAsync($"/sessions/{sessionId}/registrations/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("Ђорђе Чолић", row["Име и презиме"]);
        Assert.Equal("'=1+1", row["Институција"]);
        Assert.Equal("потврђен/а", row["Статус"]);
    }

    [Fact]
    public async Task An_expired_link_explains_itself_and_sends_a_new_one_by_email()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        var token = _app.Scoped(db =>
        {
            var (t, hash) = ParticipantLink.New();
            db.Invitations.Add(new Invitation(sessionId, "expired@example.rs", "Истекли Линк", null, "sr-Cyrl-RS", hash, DateTime.UtcNow.AddDays(-10), DateTime.UtcNow.AddDays(-1)));
            db.SaveChanges();
            return t;
        });
        using var web = new WebSession(_app);
        var page = await web.GetPageAsync($"/r/{token}");
        Assert.Contains("Линк је истекао", page);
        Assert.DoesNotContain("name=\"FullName\"", page);

        var renewed = await web.PostFormAsync($"/r/{token}", $"/r/{token}/renew", new Dictionary<string, string>());
        Assert.Contains("Нови линк је послат", await renewed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync($"/r/{token}")).StatusCode);
        Assert.Equal(1, _app.Scoped(db => db.OutboxMessages.Count(m => m.ToAddress == "expired@example.rs" && m.Kind == "Invitation")));
    }
}

public sealed class DirectoryInvitationTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public DirectoryInvitationTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task Every_social_work_centre_of_a_district_with_an_address_is_invited()
    {
        var (district, ids) = _app.Scoped(db =>
        {
            var centres = db.Organisations.Where(o => o.Municipality.District.Code == "PIR" && o.Sector.Code == "SocialWorkCentre").Include(o => o.Sector).Include(o => o.Municipality).ToList();
            foreach (var (centre, i) in centres.Take(2).Select((c, i) => (c, i)))
                centre.Update(centre.Name, centre.Sector, centre.Municipality, $"csr{i}@pirot.example.rs", null, null);
            db.SaveChanges();
            return (centres[0].Municipality.DistrictId, centres.Take(2).Select(c => c.Id).ToList());
        });
        var sessionId = OpenSession.Create(_app, capacity: 10);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var page = await web.GetPageAsync($"/sessions/{sessionId}/invite?district={district}&sector=SocialWorkCentre");
        Assert.Contains("csr0@pirot.example.rs", page);
        Assert.Contains("csr1@pirot.example.rs", page);

        var fields = new List<KeyValuePair<string, string>> { new("Culture", "sr-Cyrl-RS"), new("__RequestVerificationToken", WebSession.AntiforgeryToken(page)) };
        fields.AddRange(ids.Select(id => new KeyValuePair<string, string>("OrganisationIds", id.ToString(CultureInfo.InvariantCulture))));
        var response = await web.Client.PostAsync($"/sessions/{sessionId}/invite", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var invited = _app.Scoped(db => db.Invitations.Where(i => i.SessionId == sessionId).OrderBy(i => i.Email).Select(i => new { i.Email, i.Institution }).ToList());
        Assert.Equal(["csr0@pirot.example.rs", "csr1@pirot.example.rs"], invited.Select(i => i.Email));
        Assert.All(invited, i => Assert.StartsWith("Центар за социјални рад", i.Institution));
    }
}
