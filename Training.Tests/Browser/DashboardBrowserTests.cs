using Microsoft.Playwright;
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
        var year = Training.Domain.Common.Belgrade.Today(TimeProvider.System).Year;
        await using var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await Support.Browser.SignInAsync(page, root, "management@demo.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Преглед", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"{root}/dashboard");
        Assert.Equal($"Преглед за {year}.", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        // The demo year: its plan is approved and its held sessions have attendance.
        Assert.True(await page.GetByTestId("plan-activities").IsVisibleAsync());
        var people = int.Parse((await page.GetByTestId("headline-people").Locator(".fs-3").InnerTextAsync()).Trim());
        Assert.True(people > 0);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("dashboard-desktop.png"), FullPage = true });

        // From an activity's figure to the sessions behind it.
        await page.GetByTestId("plan-activities").GetByRole(AriaRole.Link, new() { Name = "III.II.1" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/plans/\\d{4}/activities/\\d+$"));
        var delivered = page.GetByTestId("activity-figures").Locator("a").First;
        var count = int.Parse(await delivered.InnerTextAsync());
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
}
