using Microsoft.Playwright;
using Training.Domain.Common;
using Training.Tests.Support;

namespace Training.Tests.Browser;

/// <summary>Registration with the keyboard alone on a 320 px screen, and pages that reflow at 320 px without sideways scrolling.</summary>
public sealed class KeyboardAndReflowBrowserTests : IClassFixture<Support.Browser>, IAsyncLifetime
{
    private readonly Support.Browser _browser;
    private TrainingAppFactory _app = null!;

    public KeyboardAndReflowBrowserTests(Support.Browser browser) => _browser = browser;

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

    private static Task<bool> ScrollsSideways(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

    private static Task<string> Focused(IPage page) => page.EvaluateAsync<string>("() => document.activeElement?.id || document.activeElement?.textContent?.trim() || ''");

    /// <summary>Presses Tab until the element with <paramref name="target"/> (id or text) has the focus.</summary>
    private static async Task TabToAsync(IPage page, string target)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await Focused(page) == target)
                return;
        }
        Assert.Fail($"Tab never reached {target}");
    }

    [Fact]
    public async Task A_participant_registers_with_the_keyboard_alone_and_errors_are_announced()
    {
        var root = _app.ServerAddress;
        var sessionId = OpenSession.Create(_app, capacity: 10);
        var token = OpenSession.Invite(_app, sessionId, 1, "tastatura")[0];
        await using var context = await _browser.NewContextAsync(width: 320, height: 700);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{root}/r/{token}");

        await TabToAsync(page, "Position");
        await page.Keyboard.TypeAsync("психолог");
        // Sent without an institution: the error is tied to the list and read out.
        await TabToAsync(page, "Пријављујем се за обуку");
        await Support.Browser.SubmitAsync(page, () => page.Keyboard.PressAsync("Enter"));
        var describedBy = await page.Locator("#OrganisationId").GetAttributeAsync("aria-describedby");
        Assert.Contains("OrganisationId-error", describedBy);
        Assert.NotEmpty((await page.Locator("#OrganisationId-error").InnerTextAsync()).Trim());
        Assert.False(await ScrollsSideways(page));

        await TabToAsync(page, "OrganisationName");
        await page.Keyboard.TypeAsync("Центар за социјални рад Ниш");
        await TabToAsync(page, "Пријављујем се за обуку");
        await Support.Browser.SubmitAsync(page, () => page.Keyboard.PressAsync("Enter"));
        Assert.Contains("Потврђена", await page.GetByTestId("registration-status").InnerTextAsync());
        Assert.Equal("polite", await page.Locator("[role=status]").First.GetAttributeAsync("aria-live"));
        Assert.False(await ScrollsSideways(page));
    }

    [Fact]
    public async Task The_coordinators_pages_reflow_at_320_px()
    {
        var root = _app.ServerAddress;
        var year = Belgrade.Today(TimeProvider.System).Year;
        await using var context = await _browser.NewContextAsync(width: 320, height: 700);
        var page = await context.NewPageAsync();
        await Support.Browser.SignInAsync(page, root, "coordinator@demo.local");
        var crowded = new List<string>();
        foreach (var url in new[] { "/", "/dashboard", "/dashboard/coverage", "/sessions", "/sessions/1", "/sessions/1/attendance", "/sessions/1/certificates",
                     "/sessions/1/evaluation", "/sessions/1/budget", "/sessions/1/materials", $"/plans/{year}", "/budgets", "/funding", "/questionnaires", "/programmes", "/trainers", "/directory" })
        {
            await page.GotoAsync(root + url);
            if (await ScrollsSideways(page))
                crowded.Add(url);
        }
        Assert.Empty(crowded);
    }

    [Theory]
    [InlineData("coordinator@demo.local", "/staff /staff/1 /development /account/security /privacy")]
    [InlineData("management@demo.local", "/supervision /supervision/1 /supervision/new /staff/1")]
    [InlineData("admin@demo.local", "/audit /participants/1")]
    [InlineData("staff@demo.local", "/me /me/supervision/1")]
    public async Task The_staff_security_and_privacy_pages_reflow_at_320_px(string email, string urls)
    {
        var root = _app.ServerAddress;
        await using var context = await _browser.NewContextAsync(width: 320, height: 700);
        var page = await context.NewPageAsync();
        await Support.Browser.SignInAsync(page, root, email);
        var crowded = new List<string>();
        foreach (var url in urls.Split(' '))
        {
            var response = await page.GotoAsync(root + url);
            Assert.True(response!.Ok, $"{url}: {response.Status}");
            if (await ScrollsSideways(page))
                crowded.Add(url);
        }
        Assert.Empty(crowded);
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(1280)]
    [InlineData(1440)]
    public async Task The_administrators_navigation_keeps_to_one_line_on_wide_screens(int width)
    {
        var root = _app.ServerAddress;
        await using var context = await _browser.NewContextAsync(width: width, height: 700);
        var page = await context.NewPageAsync();
        await Support.Browser.SignInAsync(page, root, "admin@demo.local");
        Assert.False(await ScrollsSideways(page));
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Одјава" }).IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<double>("() => document.querySelector('nav.navbar').getBoundingClientRect().height") < 70);
    }
}
