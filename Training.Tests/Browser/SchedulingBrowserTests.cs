using Microsoft.Playwright;
using Training.Tests.Support;

namespace Training.Tests.Browser;

public sealed class SchedulingBrowserTests : IClassFixture<Support.Browser>, IDisposable
{
    private readonly Support.Browser _browser;
    private readonly TrainingAppFactory _app = new(null, kestrel: true);

    public SchedulingBrowserTests(Support.Browser browser) => _browser = browser;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Coordinator_creates_a_programme_schedules_a_two_day_session_and_finds_it_on_the_calendar()
    {
        await using var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var root = _app.ServerAddress;
        await Support.Browser.SignInAsync(page, root, "coordinator@demo.local");

        // The programme.
        await page.GotoAsync(root + "/programmes/new");
        await page.GetByLabel("Назив програма").FillAsync("Рад са децом жртвама трговине људима");
        await page.GetByLabel("Трајање у данима").FillAsync("2");
        await page.GetByLabel("Трајање у сатима").FillAsync("10");
        await page.GetByLabel("Центри за социјални рад").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Сачувај" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Закажи обуку" }).ClickAsync();

        // The session: two days, a venue.
        Assert.Equal("Рад са децом жртвама трговине људима", await page.Locator("#ProgrammeId option:checked").InnerTextAsync());
        await page.Locator("#Days_0_Date").FillAsync("2031-02-10");
        await page.Locator("#Days_0_Start").FillAsync("09:00");
        await page.Locator("#Days_0_End").FillAsync("14:00");
        await page.Locator("#Days_1_Date").FillAsync("2031-02-11");
        await page.Locator("#Days_1_Start").FillAsync("09:00");
        await page.Locator("#Days_1_End").FillAsync("14:00");
        await page.Locator("#VenueId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Број места").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сачувај" }).ClickAsync();

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/sessions/\\d+$"));
        Assert.Contains("Обука је сачувана.", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        var sessionUrl = page.Url;

        // The trainer.
        await page.Locator("#Assign_TrainerId").SelectOptionAsync(new SelectOptionValue { Label = "Снежана Павловић" });
        await Support.Browser.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Додај тренера" }).ClickAsync());
        Assert.Contains("Снежана Павловић", await page.Locator("section[aria-labelledby=trainers-heading]").InnerTextAsync());
        Assert.Contains("30.000,00 дин.", await page.Locator("section[aria-labelledby=trainers-heading]").InnerTextAsync());
        Assert.Contains("Укупно 10 сати", await page.ContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("session-details.png"), FullPage = true });

        // On the calendar, in its month.
        await page.GotoAsync(root + "/sessions/calendar?view=month&date=2031-02-01");
        var entries = page.Locator($"a.calendar-entry[href='{new Uri(sessionUrl).AbsolutePath}']");
        Assert.Equal(2, await entries.CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("calendar-month.png"), FullPage = true });
    }

    [Fact]
    public async Task Session_list_on_a_phone_fits_the_screen()
    {
        await using var context = await _browser.NewContextAsync(width: 375, height: 740);
        var page = await context.NewPageAsync();
        var root = _app.ServerAddress;
        await Support.Browser.SignInAsync(page, root, "coordinator@demo.local");
        await page.GotoAsync(root + "/sessions");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("sessions-phone.png") });
    }
}
