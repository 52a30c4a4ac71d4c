using System.Globalization;
using Microsoft.Playwright;
using Training.Domain.Common;
using Training.Tests.Support;
using UglyToad.PdfPig;

namespace Training.Tests.Browser;

/// <summary>Management's journey: the dashboard, a drill-down from a figure to its sessions, the report to hand on.</summary>
public sealed class DashboardBrowserTests : IClassFixture<Support.Browser>, IAsyncLifetime
{
    private readonly Support.Browser _browser;
    private TrainingAppFactory _app = null!;

    public DashboardBrowserTests(Support.Browser browser) => _browser = browser;

    public Task InitializeAsync()
    {
        _app = new TrainingAppFactory(null, kestrel: true);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Management_opens_the_dashboard_drills_down_and_downloads_the_report()
    {
        var root = _app.ServerAddress;
        var year = Belgrade.Today(TimeProvider.System).Year;
        await using var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Support.Browser.SignInAsync(page, root, "management@demo.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Преглед", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"{root}/dashboard");
        Assert.Equal($"Преглед за {year}.", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        // The demo year: its plan is approved and its held sessions have attendance.
        Assert.True(await page.GetByTestId("plan-activities").IsVisibleAsync());
        var people = int.Parse((await page.GetByTestId("headline-people").Locator(".fs-3").InnerTextAsync()).Trim(), CultureInfo.InvariantCulture);
        Assert.True(people > 0);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("dashboard-desktop.png"), FullPage = true });

        // From an activity's figure to the sessions behind it.
        await page.GetByTestId("plan-activities").GetByRole(AriaRole.Link, new() { Name = "III.II.1" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/plans/\\d{4}/activities/\\d+$"));
        var delivered = page.GetByTestId("activity-figures").Locator("a").First;
        var count = int.Parse(await delivered.InnerTextAsync(), CultureInfo.InvariantCulture);
        await delivered.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/sessions\\?activity=\\d+&year=\\d{4}&held=true$"));
        Assert.Equal(count, await page.Locator("tbody tr").CountAsync());
        Assert.True(await page.GetByTestId("drill-filter").IsVisibleAsync());

        await page.GotoAsync($"{root}/plans/{year}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Извештај о реализацији (PDF)" }).ClickAsync());
        using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!));
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains($"Извештај о реализацији плана рада за {year}. годину", text);
        Assert.Contains("Општи циљ III", text);

        await page.GotoAsync($"{root}/dashboard/coverage?sector=SocialWorkCentre");
        Assert.True(await page.GetByTestId("coverage-grid").IsVisibleAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("coverage-desktop.png") });
    }

    [Fact]
    public async Task A_coordinator_records_a_partners_training_and_an_administrator_adds_a_sector()
    {
        var root = _app.ServerAddress;
        var year = Belgrade.Today(TimeProvider.System).Year;
        var activity = _app.Scoped(db => db.PlanActivities.Where(a => a.Goal.Plan.Year == year && a.Goal.ParentGoal!.Number == "III" && a.Goal.Number == "I" && a.Number == "3").Select(a => a.Id).Single());
        await using var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Support.Browser.SignInAsync(page, root, "coordinator@demo.local");
        await page.GotoAsync($"{root}/plans/{year}/activities/{activity}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Упиши обуку партнера" }).ClickAsync();
        await page.GetByLabel("Назив обуке").FillAsync("Обука граничне полиције у Суботици");
        await page.GetByLabel("Организатор").FillAsync("Министарство унутрашњих послова");
        var day = Belgrade.Today(TimeProvider.System).AddDays(-1);
        await page.GetByLabel("Први дан").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Трајање (сати)").FillAsync("6");
        await page.GetByLabel("Полиција").FillAsync("14");
        await page.GetByLabel("Тренер 1").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Сати", new() { Exact = true }).First.FillAsync("3");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Сачувај" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/plans/{year}/activities/{activity}(#partner-trainings)?$"));
        var partners = page.GetByTestId("partner-trainings");
        Assert.Contains("Обука граничне полиције у Суботици", await partners.InnerTextAsync());
        Assert.Contains("Полиција 14", await partners.InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator("#partner-trainings").ScreenshotAsync(new LocatorScreenshotOptions { Path = Support.Browser.ScreenshotPath("partner-trainings.png") });

        await using var adminContext = await _browser.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await Support.Browser.SignInAsync(admin, root, "admin@demo.local");
        await admin.GotoAsync($"{root}/directory");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Сектори" }).ClickAsync();
        await admin.GetByLabel("Назив (српски)").FillAsync("Правосудна академија");
        await admin.GetByLabel("Назив (енглески)").FillAsync("Judicial Academy");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Сачувај" }).ClickAsync();
        Assert.Contains("Правосудна академија", await admin.GetByTestId("sectors").InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(admin);
    }
}
