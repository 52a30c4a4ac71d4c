using Microsoft.Playwright;
using Training.Tests.Support;

namespace Training.Tests.Browser;

/// <summary>
/// The Centre's own people: management opens the year's development plan from the staff page and approves it;
/// a professional then signs in and finds their own progress, supervision and licence points.
/// </summary>
public sealed class StaffDevelopmentBrowserTests : IClassFixture<Support.Browser>, IAsyncLifetime
{
    private readonly Support.Browser _browser;
    private TrainingAppFactory _app = null!;

    public StaffDevelopmentBrowserTests(Support.Browser browser) => _browser = browser;

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
    public async Task Management_approves_the_plan_and_a_professional_sees_their_own_progress()
    {
        var root = _app.ServerAddress;
        await StaffScenario.CreateAsync(_app, approved: false);
        var year = StaffScenario.Year;

        await using (var context = await _browser.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await Support.Browser.SignInAsync(page, root, "management@demo.local");
            await page.GetByRole(AriaRole.Link, new() { Name = "Особље", Exact = true }).ClickAsync();
            await page.WaitForURLAsync($"{root}/staff");
            await page.GotoAsync($"{root}/staff?year={year}");
            Assert.Equal("18 / 18", (await page.GetByTestId("staff-table").Locator("tr", new() { HasText = "Весна Вукић" }).Locator("td").Nth(2).InnerTextAsync()).Trim());
            await page.GetByRole(AriaRole.Link, new() { Name = $"План стручног усавршавања {year}" }).ClickAsync();
            await page.WaitForURLAsync($"{root}/development/{year}");
            Assert.Equal("нацрт", (await page.GetByTestId("plan-status").InnerTextAsync()).Trim());
            await Accessibility.AssertNoViolationsAsync(page);

            page.Dialog += (_, dialog) => dialog.AcceptAsync();
            await page.GetByTestId("approve-plan").ClickAsync();
            await page.WaitForURLAsync($"{root}/development/{year}");
            Assert.Equal("одобрен", (await page.GetByTestId("plan-status").InnerTextAsync()).Trim());
            Assert.Contains("План је одобрен.", await page.GetByRole(AriaRole.Status).InnerTextAsync());
            Assert.False(await page.GetByTestId("approve-plan").IsVisibleAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("development-plan-desktop.png"), FullPage = true });
        }

        await using (var context = await _browser.NewContextAsync(width: 390, height: 844))
        {
            var page = await context.NewPageAsync();
            await Support.Browser.SignInAsync(page, root, StaffScenario.VesnaEmail);
            await page.GetByRole(AriaRole.Button, new() { Name = "Прикажи или сакриј навигацију" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Моје стручно усавршавање", Exact = true }).ClickAsync();
            await page.WaitForURLAsync($"{root}/me");
            await page.GotoAsync($"{root}/me?year={year}");
            Assert.Equal("18 / 18", (await page.GetByTestId("person-hours").InnerTextAsync()).Trim());
            Assert.Equal("12 / 10", (await page.GetByTestId("person-supervision").InnerTextAsync()).Trim());
            Assert.Contains("26 од 120 бодова", await page.GetByTestId("licence-points").InnerTextAsync());
            // The approved external training and the internal one, realised by attendance.
            Assert.Equal(2, await page.GetByTestId("person-items").Locator("tbody tr", new() { HasText = "похађано" }).CountAsync());
            await Accessibility.AssertNoViolationsAsync(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("my-development-phone.png"), FullPage = true });

            // Her individual supervision's notes open for her.
            await page.GetByRole(AriaRole.Link, new() { Name = "Тема 12.04." }).ClickAsync();
            Assert.Equal(StaffScenario.IndividualNotes, (await page.GetByTestId("supervision-notes").InnerTextAsync()).Trim());
        }
    }
}
