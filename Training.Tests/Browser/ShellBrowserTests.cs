using Microsoft.Playwright;
using Training.Tests.Support;

namespace Training.Tests.Browser;

public sealed class ShellBrowserTests : IClassFixture<Support.Browser>, IDisposable
{
    private readonly Support.Browser _browser;
    private readonly TrainingAppFactory _app = new(null, kestrel: true);

    public ShellBrowserTests(Support.Browser browser) => _browser = browser;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Coordinator_signs_in_and_sees_the_Cyrillic_shell()
    {
        await using var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_app.ServerAddress + "/");

        Assert.EndsWith("/account/login?ReturnUrl=%2F", page.Url);
        Assert.Equal("sr-Cyrl-RS", await page.GetAttributeAsync("html", "lang"));
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("sign-in.png") });

        await page.GetByLabel("Адреса е-поште").FillAsync("coordinator@demo.local");
        await page.GetByLabel("Лозинка").FillAsync(WebSession.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Пријави се" }).ClickAsync();

        await page.WaitForURLAsync(_app.ServerAddress + "/");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Главна навигација" });
        Assert.True(await navigation.GetByRole(AriaRole.Link, new() { Name = "План рада" }).IsVisibleAsync());
        Assert.True(await navigation.GetByRole(AriaRole.Link, new() { Name = "Именик институција" }).IsVisibleAsync());
        Assert.Equal(0, await navigation.GetByRole(AriaRole.Link, new() { Name = "Послата пошта" }).CountAsync());
        Assert.Equal("Добро дошли", await page.Locator("h1").InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("coordinator-home.png"), FullPage = true });
    }

    [Fact]
    public async Task Culture_switcher_changes_the_script_and_is_remembered()
    {
        await using var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_app.ServerAddress + "/account/login");

        await Support.Browser.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Latinica" }).ClickAsync());
        Assert.Equal("sr-Latn-RS", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Prijava", await page.Locator("h1").InnerTextAsync());

        await page.GotoAsync(_app.ServerAddress + "/account/login");
        Assert.Equal("Prijava", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Sign_in_page_fits_a_phone_without_horizontal_scrolling()
    {
        await using var context = await _browser.NewContextAsync(width: 320, height: 640);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_app.ServerAddress + "/account/login");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("sign-in-phone.png"), FullPage = true });
    }
}
