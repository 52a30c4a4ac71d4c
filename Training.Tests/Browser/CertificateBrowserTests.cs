using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Training.Tests.Support;
using Training.Web.Features.Certificates;
using UglyToad.PdfPig;

namespace Training.Tests.Browser;

/// <summary>After a workshop: the coordinator marks attendance and issues certificates; the participant downloads theirs and checks it.</summary>
public sealed class CertificateBrowserTests : IClassFixture<Support.Browser>, IAsyncLifetime
{
    private readonly Support.Browser _browser;
    private TrainingAppFactory _app = null!;

    public CertificateBrowserTests(Support.Browser browser) => _browser = browser;

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
    public async Task Coordinator_closes_a_workshop_and_the_participant_downloads_and_verifies_the_certificate()
    {
        var root = _app.ServerAddress;
        var held = HeldSession.Create(_app, [-1], ["Милена Старчевић", "Душан Вуковић"]);

        await using (var desk = await _browser.NewContextAsync())
        {
            var page = await desk.NewPageAsync();
            await Support.Browser.SignInAsync(page, root, "coordinator@demo.local");
            await page.GotoAsync($"{root}/sessions/{held.SessionId}/attendance");
            await page.GetByLabel("Милена Старчевић", new() { Exact = false }).First.SelectOptionAsync(new SelectOptionValue { Label = "Присутан/на" });
            await page.GetByLabel("Душан Вуковић", new() { Exact = false }).First.SelectOptionAsync(new SelectOptionValue { Label = "Делимично" });
            await page.GetByLabel("Сати (делимично), Душан Вуковић", new() { Exact = false }).FillAsync("2");
            await Accessibility.AssertNoViolationsAsync(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("attendance-desktop.png"), FullPage = true });
            await Support.Browser.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Сачувај присуство" }).ClickAsync());
            Assert.Contains("Присуство је сачувано (2 измене).", await page.GetByRole(AriaRole.Status).First.InnerTextAsync());
            var completions = await page.GetByTestId("completion").AllInnerTextsAsync();
            Assert.Contains(completions, c => c.Contains("испуњава услов") && c.StartsWith("6 од 6", StringComparison.Ordinal));
            Assert.Contains(completions, c => c.Contains("не испуњава услов"));

            await page.GetByRole(AriaRole.Link, new() { Name = "Подаци" }).ClickAsync();
            await Support.Browser.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Означи као одржану" }).ClickAsync());
            await page.GetByRole(AriaRole.Link, new() { Name = "Сертификати" }).ClickAsync();
            await Support.Browser.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Издај сертификате свима који испуњавају услов (1)" }).ClickAsync());
            Assert.Contains("Издато сертификата: 1.", await page.GetByRole(AriaRole.Status).First.InnerTextAsync());

            // The background job's turn; Hangfire's server is off in tests.
            await _app.WithScopeAsync(async s => await s.GetRequiredService<CertificateService>().DeliverPendingAsync());
            await page.ReloadAsync();
            var table = await page.GetByTestId("certificates").InnerTextAsync();
            Assert.Contains("послат", table);
            await Accessibility.AssertNoViolationsAsync(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("certificates-desktop.png"), FullPage = true });
        }

        await using var phone = await _browser.NewContextAsync(width: 375, height: 740);
        var mine = await phone.NewPageAsync();
        await mine.GotoAsync($"{root}/r/{held.People[0].Token}");
        var link = mine.GetByRole(AriaRole.Link, new() { Name = "Преузми сертификат", Exact = false });
        var download = await mine.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!)))
            Assert.Contains("Милена Старчевић", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
        Assert.False(await mine.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"));
        await Accessibility.AssertNoViolationsAsync(mine);
        await mine.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("participant-certificate-phone.png"), FullPage = true });

        await mine.GetByRole(AriaRole.Link, new() { Name = "Страница за проверу" }).ClickAsync();
        await mine.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/verify/[0-9A-Z]{16}$"));
        Assert.Equal("Сертификат је важећи.", (await mine.GetByTestId("verify-status").InnerTextAsync()).Trim());
        Assert.Equal("Милена Старчевић", await mine.GetByTestId("verify-name").InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(mine);
        await mine.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("verify-phone.png"), FullPage = true });

        // Dušan's page offers no certificate.
        var his = await phone.NewPageAsync();
        await his.GotoAsync($"{root}/r/{held.People[1].Token}");
        Assert.Equal(0, await his.GetByTestId("my-certificates").CountAsync());
    }
}
