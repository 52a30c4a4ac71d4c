using Microsoft.Playwright;
using Training.Domain.Budgets;
using Training.Tests.Infrastructure;
using Training.Tests.Support;

namespace Training.Tests.Browser;

/// <summary>The coordinator budgets a session and uploads a handout; a registered participant downloads it on a phone.</summary>
public sealed class MaterialsBrowserTests : IClassFixture<Support.Browser>, IAsyncLifetime
{
    private readonly Support.Browser _browser;
    private TrainingAppFactory _app = null!;

    public MaterialsBrowserTests(Support.Browser browser) => _browser = browser;

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
    public async Task Coordinator_budgets_a_session_and_shares_a_handout_that_the_participant_downloads()
    {
        var root = _app.ServerAddress;
        var held = HeldSession.Create(_app, [7], ["Катарина Миленковић"]);
        _app.Scoped(db =>
        {
            db.FundingSources.Add(new FundingSource("Буџет Републике Србије", FundingKind.StateBudget));
            return db.SaveChanges();
        });
        var handout = Path.Combine(_app.FilesFolder + "-upload", "prirucnik.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(handout)!);
        await File.WriteAllBytesAsync(handout, UploadInspectorTests.Pdf());

        await using (var desk = await _browser.NewContextAsync())
        {
            var page = await desk.NewPageAsync();
            await Support.Browser.SignInAsync(page, root, "coordinator@demo.local");
            await page.GotoAsync($"{root}/sessions/{held.SessionId}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Буџет", Exact = true }).Last.ClickAsync();
            await page.GetByLabel("Врста трошка").SelectOptionAsync(new SelectOptionValue { Label = "кетеринг" });
            await page.GetByLabel("Планирано").FillAsync("18000");
            await page.GetByLabel("Извор финансирања").SelectOptionAsync(new SelectOptionValue { Label = "Буџет Републике Србије" });
            await Support.Browser.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Сачувај" }).ClickAsync());
            Assert.Contains("Ставка буџета је сачувана.", await page.GetByRole(AriaRole.Status).First.InnerTextAsync());
            Assert.Contains("18.000", await page.GetByTestId("budget-totals").InnerTextAsync());
            await Accessibility.AssertNoViolationsAsync(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("budget-desktop.png"), FullPage = true });

            await page.GetByRole(AriaRole.Link, new() { Name = "Материјали", Exact = true }).ClickAsync();
            await page.GetByLabel("Назив").FillAsync("Приручник за учеснике");
            await page.GetByLabel("Датотека").SetInputFilesAsync(handout);
            await Support.Browser.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Отпреми" }).ClickAsync());
            Assert.Contains("Приручник за учеснике", await page.GetByTestId("session-materials").InnerTextAsync());
            await Accessibility.AssertNoViolationsAsync(page);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("materials-desktop.png"), FullPage = true });
        }

        await using var phone = await _browser.NewContextAsync(width: 375, height: 740);
        var mine = await phone.NewPageAsync();
        await mine.GotoAsync($"{root}/r/{held.People[0].Token}");
        var download = await mine.RunAndWaitForDownloadAsync(() => mine.GetByTestId("my-materials").GetByRole(AriaRole.Link, new() { Name = "Приручник за учеснике" }).ClickAsync());
        Assert.Equal("prirucnik.pdf", download.SuggestedFilename);
        Assert.Equal(UploadInspectorTests.Pdf(), await File.ReadAllBytesAsync((await download.PathAsync())!));
        Directory.Delete(Path.GetDirectoryName(handout)!, true);
    }
}
