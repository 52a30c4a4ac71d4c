using Microsoft.Playwright;
using Training.Domain.Evaluation;
using Training.Domain.Programmes;
using Training.Tests.Support;

namespace Training.Tests.Browser;

/// <summary>A participant answers the knowledge test after a session on a phone, from the link on their page.</summary>
public sealed class EvaluationBrowserTests : IClassFixture<Support.Browser>, IAsyncLifetime
{
    private readonly Support.Browser _browser;
    private TrainingAppFactory _app = null!;

    public EvaluationBrowserTests(Support.Browser browser) => _browser = browser;

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
    public async Task A_participant_answers_the_test_on_a_phone_and_sees_their_score()
    {
        var root = _app.ServerAddress;
        var programmeId = _app.Scoped(db =>
        {
            var programme = new TrainingProgramme("Препознавање жртава у школи", 6, 1, 20);
            db.Programmes.Add(programme);
            db.SaveChanges();
            var test = new Questionnaire(QuestionnaireKind.KnowledgeTest, "Тест знања", programme.Id, false);
            var first = test.AddItem("Ко формално идентификује жртву?", null, ItemType.Choice, RatingAspect.Other, true);
            first.AddOption("Центар за заштиту жртава", null, true);
            first.AddOption("Школа", null, false);
            var second = test.AddItem("Да ли је пристанак жртве потребан за смештај?", null, ItemType.Choice, RatingAspect.Other, true);
            second.AddOption("Да", null, true);
            second.AddOption("Не", null, false);
            test.AddItem("Шта ћете први пут применити?", null, ItemType.Open, RatingAspect.Other, false);
            db.Questionnaires.Add(test);
            db.SaveChanges();
            return programme.Id;
        });
        var held = HeldSession.Create(_app, [-1], ["Теодора Тешић"], programmeId: programmeId);

        await using var phone = await _browser.NewContextAsync(width: 375, height: 740);
        var page = await phone.NewPageAsync();
        await page.GotoAsync($"{root}/r/{held.People[0].Token}");
        await page.GetByTestId("my-evaluations").GetByRole(AriaRole.Link, new() { Name = "Тест знања после обуке" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/e/"));

        // Sent with the second question unanswered: pointed out next to it, the first answer kept.
        await page.GetByRole(AriaRole.Group, new() { Name = "Ко формално идентификује жртву?" }).GetByLabel("Центар за заштиту жртава").CheckAsync();
        await Support.Browser.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Пошаљи одговоре" }).ClickAsync());
        Assert.Equal(1, await page.GetByText("Ово питање је обавезно.").CountAsync());
        Assert.True(await page.GetByLabel("Центар за заштиту жртава").IsCheckedAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"));

        await page.GetByRole(AriaRole.Group, new() { Name = "Да ли је пристанак жртве потребан за смештај?" }).GetByLabel("Не", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Шта ћете први пут применити?").FillAsync("Листу индикатора на часу одељењског старешине");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("evaluation-phone.png"), FullPage = true });
        await Support.Browser.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Пошаљи одговоре" }).ClickAsync());
        Assert.Contains("Хвала! Ваши одговори су сачувани.", await page.GetByRole(AriaRole.Status).First.InnerTextAsync());
        Assert.Equal("Ваш резултат: 50 %", (await page.GetByTestId("score").InnerTextAsync()).Trim());
    }
}
