using System.Globalization;
using System.Net;
using Training.Domain.StaffDevelopment;
using Training.Tests.Infrastructure;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>Drawing up and keeping a development plan and the supervision record through the pages: what is refused, and what sticks.</summary>
public sealed class StaffDevelopmentFormTests : IClassFixture<TrainingAppFactory>
{
    // Each test keeps to its own year's plan, so they do not count each other's items.
    private const int Year = 2030;
    private readonly TrainingAppFactory _app;

    public StaffDevelopmentFormTests(TrainingAppFactory app) => _app = app;

    private async Task<WebSession> SignedInAsync(string role)
    {
        var web = new WebSession(_app);
        await web.SignInAsRoleAsync(role);
        return web;
    }

    /// <summary>The demo's staff member Ана (staff@demo.local) and an empty plan for <see cref="Year"/>.</summary>
    private async Task<int> PlanAsync(WebSession web, int year = Year)
    {
        await web.PostFormAsync($"/development/{year}", $"/development/{year}", new Dictionary<string, string>());
        return _app.Scoped(db => db.StaffMembers.Single(s => s.Email == "staff@demo.local").Id);
    }

    private static Dictionary<string, string> Item(int staff, string kind, string title = "Обука о трауми", string provider = "Институт", string starts = "2030-03-02",
        string ends = "2030-03-03", string hours = "12", string points = "", string cost = "", string funding = "", string programme = "") => new()
    {
        ["Form.StaffMemberId"] = staff.ToString(CultureInfo.InvariantCulture), ["Form.Kind"] = kind, ["Form.Title"] = title, ["Form.Provider"] = provider, ["Form.StartsOn"] = starts,
        ["Form.EndsOn"] = ends, ["Form.Hours"] = hours, ["Form.Points"] = points, ["Form.Cost"] = cost, ["Form.FundingSourceId"] = funding, ["Form.ProgrammeId"] = programme,
    };

    private int Items() => _app.Scoped(db => db.DevelopmentItems.Count(i => i.Plan.Year == Year));

    [Theory]
    [InlineData("", "", "24000", "Form.StartsOn", "Унесите датуме обуке.")]
    [InlineData("2030-03-02", "2030-03-03", "", "Form.Cost", "Унесите трошак екстерне обуке (0 ако је бесплатна).")]
    [InlineData("2030-03-02", "2030-03-03", "24000", "Form.FundingSourceId", "Изаберите извор финансирања за обуку која кошта.")]
    [InlineData("2030-03-04", "2030-03-03", "0", "Form.EndsOn", "Крај не може бити пре почетка.")]
    [InlineData("2031-01-10", "2031-01-10", "0", "Form.StartsOn", "Обука из плана за 2030. годину мора почети те године.")]
    public async Task An_external_training_without_what_the_plan_needs_is_refused_next_to_its_field(string starts, string ends, string cost, string field, string message)
    {
        using var web = await SignedInAsync("Coordinator");
        var staff = await PlanAsync(web);
        var before = Items();
        var response = await web.PostFormAsync($"/development/{Year}", $"/development/{Year}/items", Item(staff, "External", starts: starts, ends: ends, cost: cost));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"{field.Replace('.', '_')}-error\">{message}</span>", html);
        Assert.Equal(before, Items());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public async Task Hours_that_are_not_positive_are_refused(string hours)
    {
        using var web = await SignedInAsync("Coordinator");
        var staff = await PlanAsync(web);
        var before = Items();
        var response = await web.PostFormAsync($"/development/{Year}", $"/development/{Year}/items", Item(staff, "Invitation", hours: hours));
        Assert.Contains("id=\"Form_Hours-error\">Вредност мора бити већа од нуле.</span>", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, Items());
    }

    [Fact]
    public async Task Management_approves_the_plan_and_what_comes_later_is_unplanned()
    {
        using var coordinator = await SignedInAsync("Coordinator");
        var staff = await PlanAsync(coordinator, 2031);
        var source = _app.Scoped(db => db.FundingSources.First().Id);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync($"/development/2031", $"/development/2031/items",
            Item(staff, "External", starts: "2031-03-02", ends: "2031-03-03", cost: "24000", funding: source.ToString(CultureInfo.InvariantCulture)))).StatusCode);
        var denied = await coordinator.PostFormAsync($"/development/2031", $"/development/2031/approve", new Dictionary<string, string>());
        Assert.Contains("/account/access-denied", denied.Headers.Location!.ToString());
        Assert.False(_app.Scoped(db => db.DevelopmentPlans.Single(p => p.Year == 2031).IsApproved));

        using var management = await SignedInAsync("Management");
        Assert.Contains("data-testid=\"approve-plan\"", await management.GetPageAsync($"/development/2031"));
        Assert.DoesNotContain("data-testid=\"approve-plan\"", await coordinator.GetPageAsync($"/development/2031"));
        Assert.Equal(HttpStatusCode.Redirect, (await management.PostFormAsync($"/development/2031", $"/development/2031/approve", new Dictionary<string, string>())).StatusCode);
        var plan = _app.Scoped(db => db.DevelopmentPlans.Where(p => p.Year == 2031).Select(p => new { p.Status, p.ApprovedBy, Items = p.Items.Select(i => new { i.Status, i.InPlan }).ToList() }).Single());
        Assert.Equal((DevelopmentPlanStatus.Approved, "management@demo.local"), (plan.Status, plan.ApprovedBy));
        Assert.All(plan.Items, i => Assert.Equal((DevelopmentStatus.Approved, true), (i.Status, i.InPlan)));

        // An invitation arriving later is recorded, requested and outside the plan as approved; the target no longer changes.
        await coordinator.PostFormAsync($"/development/2031", $"/development/2031/items", Item(staff, "Invitation", title: "Позив ОЕБС-а", starts: "2031-10-01", ends: "2031-10-01", hours: "6"));
        var late = _app.Scoped(db => db.DevelopmentItems.Single(i => i.Title == "Позив ОЕБС-а"));
        Assert.Equal((DevelopmentStatus.Requested, false), (late.Status, late.InPlan));
        await coordinator.PostFormAsync($"/development/2031", $"/development/2031/target", new Dictionary<string, string> { ["hours"] = "20" });
        Assert.NotEqual(20m, _app.Scoped(db => db.DevelopmentPlans.Single(p => p.Year == 2031).SupervisionHoursTarget));
    }

    [Fact]
    public async Task An_attended_training_keeps_its_certificate_for_its_owner_only()
    {
        using var coordinator = await SignedInAsync("Coordinator");
        var staff = await PlanAsync(coordinator, 2032);
        await coordinator.PostFormAsync($"/development/2032", $"/development/2032/items", Item(staff, "Invitation", title: "Обука са сертификатом", starts: "2032-05-05", ends: "2032-05-05", hours: "6"));
        var id = _app.Scoped(db => db.DevelopmentItems.Single(i => i.Title == "Обука са сертификатом").Id);
        var url = $"/development/items/{id}/attended";
        var fields = new Dictionary<string, string> { ["Hours"] = "5", ["Points"] = "4" };

        var refused = await coordinator.PostFileAsync(url, url, fields, "Certificate", "sertifikat.pdf", "MZ not a certificate"u8.ToArray());
        Assert.Contains("id=\"Certificate-error\">Садржај датотеке није PDF", await refused.Content.ReadAsStringAsync());
        Assert.Equal(DevelopmentStatus.Requested, _app.Scoped(db => db.DevelopmentItems.Single(i => i.Id == id).Status));
        Assert.Empty(StoredFiles.Orphans(_app));

        var pdf = UploadInspectorTests.Pdf();
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFileAsync(url, url, fields, "Certificate", "sertifikat.pdf", pdf)).StatusCode);
        var item = _app.Scoped(db => db.DevelopmentItems.Single(i => i.Id == id));
        Assert.Equal((DevelopmentStatus.Attended, 5m, 4m, "sertifikat.pdf"), (item.Status, item.AttendedHours, item.EarnedPoints, item.CertificateFileName));

        using var owner = new WebSession(_app);
        await owner.SignInAsync("staff@demo.local");
        Assert.Equal(pdf, await owner.Client.GetByteArrayAsync($"/me/certificates/{id}"));
        Assert.Contains("Обука са сертификатом", await owner.GetPageAsync($"/me?year=2032"));
        using var colleague = new WebSession(_app);
        await colleague.SignInAsync("staff2@demo.local");
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.Client.GetAsync($"/me/certificates/{id}")).StatusCode);
        // Recorded once; the attended training no longer takes another record.
        var again = await coordinator.PostFileAsync($"/development/2032", url, fields, "Certificate", "drugi.pdf", pdf);
        Assert.Contains("Обука је већ похађана или отказана", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Supervision_without_attendees_or_an_individual_one_with_two_is_refused()
    {
        using var management = await SignedInAsync("Management");
        var (supervisor, ana, dusan) = _app.Scoped(db => (db.Supervisors.First().Id, db.StaffMembers.Single(s => s.Email == "staff@demo.local").Id,
            db.StaffMembers.Single(s => s.Email == "staff2@demo.local").Id));
        var before = _app.Scoped(db => db.SupervisionSessions.Count());
        Dictionary<string, string> Form(string format, string hours = "2") => new()
        {
            ["SupervisorId"] = supervisor.ToString(CultureInfo.InvariantCulture), ["Date"] = "2030-02-02", ["Hours"] = hours, ["Format"] = format, ["Topic"] = "Тема", ["Notes"] = "Белешка",
        };
        var none = await management.PostFormAsync("/supervision/new", "/supervision/new", Form("Group"));
        Assert.Contains("id=\"AttendeeIds-error\">Означите бар једног учесника.</span>", await none.Content.ReadAsStringAsync());

        var two = new FormUrlEncodedContent(Form("Individual").Append(new("AttendeeIds", ana.ToString(CultureInfo.InvariantCulture))).Append(new("AttendeeIds", dusan.ToString(CultureInfo.InvariantCulture)))
            .Append(new("__RequestVerificationToken", WebSession.AntiforgeryToken(await management.GetPageAsync("/supervision/new")))));
        var response = await management.Client.PostAsync("/supervision/new", two);
        Assert.Contains("Индивидуална супервизија има тачно једног учесника.", await response.Content.ReadAsStringAsync());

        var zero = await management.PostFormAsync("/supervision/new", "/supervision/new", Form("Group", "0"));
        Assert.Contains("id=\"Hours-error\">Вредност мора бити већа од нуле.</span>", await zero.Content.ReadAsStringAsync());
        Assert.Equal(before, _app.Scoped(db => db.SupervisionSessions.Count()));

        var one = new FormUrlEncodedContent(Form("Individual").Append(new("AttendeeIds", ana.ToString(CultureInfo.InvariantCulture)))
            .Append(new("__RequestVerificationToken", WebSession.AntiforgeryToken(await management.GetPageAsync("/supervision/new")))));
        Assert.Equal(HttpStatusCode.Redirect, (await management.Client.PostAsync("/supervision/new", one)).StatusCode);
        Assert.Equal(before + 1, _app.Scoped(db => db.SupervisionSessions.Count()));
    }
}
