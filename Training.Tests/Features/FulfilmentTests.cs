using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Training.Domain.Planning;
using Training.Tests.Support;
using Training.Web.Features.Plans;

namespace Training.Tests.Features;

/// <summary>The app with the hand-counted 2019 plan of <see cref="PlanScenario"/>.</summary>
public sealed class PlanScenarioApp : TrainingAppFactory
{
    private PlanScenario.Ids? _ids;

    public PlanScenario.Ids Ids => _ids ??= PlanScenario.Create(this);
}

/// <summary>Plan fulfilment, the dashboard and the reports against figures worked out by hand (see <see cref="PlanScenario"/>).</summary>
public sealed class FulfilmentTests : IClassFixture<PlanScenarioApp>
{
    private readonly PlanScenarioApp _app;

    public FulfilmentTests(PlanScenarioApp app) => _app = app;

    private async Task<WebSession> AsAsync(string role)
    {
        var web = new WebSession(_app);
        await web.SignInAsRoleAsync(role);
        return web;
    }

    [Fact]
    public async Task Each_target_is_counted_from_delivery_and_rated()
    {
        var ids = _app.Ids;
        PlanFulfilment plan = null!;
        await _app.WithScopeAsync(async services =>
        {
            var fulfilment = services.GetRequiredService<FulfilmentService>();
            plan = await fulfilment.FulfilmentAsync((await fulfilment.PlanAsync(PlanScenario.Year))!);
        });
        var activity = plan.Activities[ids.TrainingActivity];
        var f = activity.Figures!;
        Assert.Equal((2, 2, 4, 5, 3, 18m, 1), (f.Delivered, f.Planned, f.Persons, f.Participations, f.Institutions, f.Hours, f.Certificates));
        Assert.Equal(3, f.PersonsBySector["SocialWorkCentre"]);
        Assert.Equal(1, f.PersonsBySector["Police"]);
        var byKind = activity.Targets.ToDictionary(t => t.Target.Kind);
        Assert.Equal((2m, 66.7m, FulfilmentStatus.Behind), (byKind[TargetKind.Sessions].Actual!.Value, byKind[TargetKind.Sessions].Percent!.Value, byKind[TargetKind.Sessions].Status));
        Assert.Equal((3m, 60m, FulfilmentStatus.Behind), (byKind[TargetKind.Participants].Actual!.Value, byKind[TargetKind.Participants].Percent!.Value, byKind[TargetKind.Participants].Status));
        Assert.Equal((18m, 90m, FulfilmentStatus.AtRisk), (byKind[TargetKind.TrainingHours].Actual!.Value, byKind[TargetKind.TrainingHours].Percent!.Value, byKind[TargetKind.TrainingHours].Status));
        Assert.Equal(FulfilmentStatus.Behind, activity.Status);
        // The other activity was never reported and its year is over.
        Assert.Equal(FulfilmentStatus.Behind, plan.Activities[ids.OtherActivity].Status);
    }

    [Fact]
    public async Task The_plan_page_shows_the_figures_and_drills_down_to_the_people()
    {
        var ids = _app.Ids;
        using var web = await AsAsync("Management");
        var page = await web.GetPageAsync($"/plans/{PlanScenario.Year}");
        Assert.Contains("Одржано: 2 од 2 обуке · обучено: 4 особе (5 учешћа) · 18 сати · 1 сертификат", page);
        Assert.Contains("data-status=\"Behind\"", page);

        var people = await web.GetPageAsync($"/plans/{PlanScenario.Year}/activities/{ids.TrainingActivity}");
        foreach (var name in new[] { "Ана Анђелковић", "Бојан Бошковић", "Вера Вуковић", "Горан Гавриловић" })
            Assert.Contains(name, people);
        var csrOnly = await web.GetPageAsync($"/plans/{PlanScenario.Year}/activities/{ids.TrainingActivity}?sector=SocialWorkCentre");
        Assert.Contains("Ана Анђелковић", csrOnly);
        Assert.DoesNotContain("Вера Вуковић", csrOnly);

        var held = await web.GetPageAsync($"/sessions?activity={ids.TrainingActivity}&held=true");
        Assert.Contains($"/sessions/{ids.S1}\"", held);
        Assert.Contains($"/sessions/{ids.S2}\"", held);
        Assert.DoesNotContain($"/sessions/{ids.S3}\"", held);
    }

    [Fact]
    public async Task The_dashboard_shows_the_year_in_at_most_ten_SQL_commands()
    {
        _ = _app.Ids;
        using var web = await AsAsync("Management");
        await web.GetPageAsync($"/dashboard?year={PlanScenario.Year}");
        int commands;
        using (var counter = await Training.Infrastructure.Persistence.SqlCommandCounter.StartAsync())
        {
            var page = await web.GetPageAsync($"/dashboard?year={PlanScenario.Year}");
            commands = counter.Count;
            Assert.Contains("data-testid=\"headline-sessions\"><div class=\"card-body\"><div class=\"fs-3 fw-semibold\">4 <span class=\"fs-6 text-body-secondary\">/ 4</span>", page);
            Assert.Contains("<div class=\"fs-3 fw-semibold\">19</div><div class=\"small\">обучених особа (20 учешћа)</div>", page);
            Assert.Contains($"/plans/{PlanScenario.Year}/activities/{_app.Ids.TrainingActivity}", page);
        }
        // The sign-in cookie's user and roles are read too; the page's own queries are the rest.
        Assert.True(commands <= 10, $"{commands} SQL commands");
    }

    [Fact]
    public async Task The_PDF_report_follows_the_plan_in_Cyrillic_and_Latin()
    {
        _ = _app.Ids;
        using var web = await AsAsync("Management");
        var cyrillic = PdfChecks.Text(await web.Client.GetByteArrayAsync($"/plans/{PlanScenario.Year}/fulfilment.pdf"));
        Assert.Contains("Извештај о реализацији плана рада за 2019. годину", cyrillic);
        Assert.Contains("Општи циљ I", cyrillic);
        Assert.Contains("Појединачни циљ I.I", cyrillic);
        Assert.Contains("касни", cyrillic);
        var latin = PdfChecks.Text(await web.Client.GetByteArrayAsync($"/plans/{PlanScenario.Year}/fulfilment.pdf?culture=sr-Latn-RS"));
        Assert.Contains("Opšti cilj I", latin);
        Assert.Contains("Radionice za stručnjake centara za socijalni rad", latin);
    }

    [Fact]
    public async Task The_spreadsheets_have_the_figures_and_no_cell_runs_as_a_formula()
    {
        _ = _app.Ids;
        using var web = await AsAsync("Management");
        var xlsx = await web.Client.GetByteArrayAsync($"/plans/{PlanScenario.Year}/fulfilment.xlsx");
        using var stream = new MemoryStream(xlsx);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var sessions = rows.Single(r => (string?)r["Ознака"] == "I.I.1" && (string?)r["Циљна вредност"] == "Број обука");
        Assert.Equal(3d, Convert.ToDouble(sessions["Планирано"], CultureInfo.InvariantCulture));
        Assert.Equal(2d, Convert.ToDouble(sessions["Остварено"], CultureInfo.InvariantCulture));
        Assert.Equal(66.7d, Convert.ToDouble(sessions["%"], CultureInfo.InvariantCulture));
        Assert.Equal("касни", sessions["Стање"]);
        var other = rows.Single(r => (string?)r["Ознака"] == "I.I.2");
        Assert.StartsWith("'=HYPERLINK", (string?)other["Активност"]);

        var csv = Encoding.UTF8.GetString(await web.Client.GetByteArrayAsync($"/plans/{PlanScenario.Year}/fulfilment.csv"));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\"", csv);
        Assert.DoesNotContain(";\"=", csv);
        Assert.Contains("\"I.I.1\";\"Радионице за стручњаке центара за социјални рад\";\"обука\";\"Број обука\";\"3\";\"2\";\"66,7\";\"касни\"", csv);
    }

    [Theory]
    [InlineData("Trainer")]
    [InlineData("Staff")]
    public async Task Trainers_and_staff_see_neither_plan_nor_dashboard(string role)
    {
        using var web = await AsAsync(role);
        foreach (var url in new[] { "/dashboard", $"/plans/{PlanScenario.Year}", "/dashboard/coverage", $"/plans/{PlanScenario.Year}/fulfilment.pdf" })
            Assert.NotEqual(HttpStatusCode.OK, (await web.Client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Management_reads_but_cannot_change_the_plan()
    {
        _ = _app.Ids;
        using var web = await AsAsync("Management");
        var response = await web.PostFormAsync($"/plans/{PlanScenario.Year}", $"/plans/{PlanScenario.Year}/reopen", new Dictionary<string, string> { ["reason"] = "x" });
        Assert.DoesNotContain("/plans", response.Headers.Location?.OriginalString ?? "");
        Assert.True(_app.Scoped(db => db.AnnualPlans.Single(p => p.Year == PlanScenario.Year).IsApproved));
    }
}
