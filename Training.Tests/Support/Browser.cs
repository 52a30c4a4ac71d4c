using Microsoft.Playwright;

namespace Training.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright (no browser download: the machine has none to fetch from).</summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}; run .ci/run or: apt-get install -y chromium");
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh context; Serbian Cyrillic unless told otherwise (Chromium would send Accept-Language: en).</summary>
    public Task<IBrowserContext> NewContextAsync(string locale = "sr-Cyrl-RS", int width = 1280, int height = 900) =>
        Instance.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = locale },
        });

    /// <summary>Signs in through the real form (Serbian Cyrillic labels) and waits for the home page.</summary>
    public static async Task SignInAsync(IPage page, string root, string email)
    {
        await page.GotoAsync(root + "/account/login");
        await page.GetByLabel("Адреса е-поште").FillAsync(email);
        await page.GetByLabel("Лозинка").FillAsync(WebSession.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Пријави се" }).ClickAsync();
        // The home page's document is enough: its "load" event also waits for every image and font, and once on a
        // loaded machine it never came within the 30 s; callers wait for the elements they use.
        await page.WaitForURLAsync(root + "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }

    /// <summary>
    /// Runs <paramref name="submit"/> (the click or key press that sends a form) and waits until the page the server
    /// answers with has replaced this one and has loaded. Most forms here come back to the page's own address, where
    /// waiting for an address (<see cref="IPage.WaitForURLAsync(string, PageWaitForURLOptions?)"/>) would return at once,
    /// with the old page still showing; a mark left on the old page's window tells the two apart.
    /// </summary>
    public static async Task SubmitAsync(IPage page, Func<Task> submit)
    {
        await page.EvaluateAsync("() => window.beforeSubmit = true");
        await submit();
        await page.WaitForFunctionAsync("() => window.beforeSubmit === undefined && document.readyState === 'complete'");
    }

    public async Task DisposeAsync()
    {
        if (Instance is not null)
            await Instance.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>Where screenshots for the README are kept: docs/screenshots in the repository.</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(Repository.Root, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
