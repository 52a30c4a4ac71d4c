using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Training.Domain.Planning;
using Training.Tests.Support;
using Training.Web.Features.Plans;

namespace Training.Tests.Features;

/// <summary>
/// An activity that mixes trainings with other work, tracked by its tasks, reported progress and commentary;
/// outcomes assessed; the year's sessions counted the same way everywhere (see <see cref="PlanScenario"/>).
/// </summary>
public sealed class PlanTrackingTests : IClassFixture<PlanScenarioApp>
{
    private readonly PlanScenarioApp _app;

    public PlanTrackingTests(PlanScenarioApp app) => _app = app;

    private async Task<WebSession> AsAsync(string role)
    {
        var web = new WebSession(_app);
        await web.SignInAsRoleAsync(role);
        return web;
    }

    private async Task<PlanFulfilment> RatedAsync()
    {
        PlanFulfilment rated = null!;
        await _app.WithScopeAsync(async services =>
        {
            var fulfilment = services.GetRequiredService<FulfilmentService>();
            rated = await fulfilment.FulfilmentAsync((await fulfilment.PlanAsync(PlanScenario.Year))!);
        });
        return rated;
    }

    [Fact]
    public async Task An_activity_of_other_work_is_rated_from_its_trainings_its_tasks_and_its_reported_progress()
    {
        var ids = _app.Ids;
        var mixed = (await RatedAsync()).Activities[ids.MixedActivity];

        // The session of 2018 linked to the activity does not count in 2019.
        Assert.Equal((1, 1, 6m), (mixed.Figures.Delivered, mixed.Figures.Planned, mixed.Figures.Hours));
        Assert.Equal(FulfilmentStatus.Achieved, mixed.Targets.Single().Status);
        // Two memoranda of at least three, and the year is over: the task, and so the activity, is behind.
        Assert.Equal(FulfilmentStatus.Behind, mixed.Tasks[ids.Memoranda]);
        Assert.Equal(FulfilmentStatus.Behind, mixed.Status);
        Assert.True(mixed.HasTrainings);

        using var web = await AsAsync("Management");
        var page = await web.GetPageAsync($"/plans/{PlanScenario.Year}");
        Assert.Contains($"data-testid=\"activity-figures-{ids.MixedActivity}\">Одржано: 1 од 1 обуке", page);
        Assert.Contains("Стање: <strong>урађено</strong>", page);
        Assert.Contains("2 од 3", page);
    }

    [Fact]
    public async Task The_dashboard_the_plan_page_and_the_report_count_the_sessions_held_in_the_year()
    {
        var ids = _app.Ids;
        using var web = await AsAsync("Management");
        var dashboard = await web.GetPageAsync($"/dashboard?year={PlanScenario.Year}");
        // S2 counts for two activities and the partner's training for one: four sessions, S2 once.
        Assert.Contains("data-testid=\"headline-sessions\"><div class=\"card-body\"><div class=\"fs-3 fw-semibold\">4 <span class=\"fs-6 text-body-secondary\">/ 4</span>", dashboard);
        var plan = await web.GetPageAsync($"/plans/{PlanScenario.Year}");
        Assert.Contains("<dd class=\"col-5 col-md-3\">4 / 4</dd>", plan);
        var report = PdfChecks.Text(await web.Client.GetByteArrayAsync($"/plans/{PlanScenario.Year}/fulfilment.pdf"));
        Assert.Contains("Одржане обуке 4 / 4", report);
        Assert.Contains("Сати обуке 32", report);
        Assert.Contains("Обучене особе 19", report);

        var activity = await web.GetPageAsync($"/plans/{PlanScenario.Year}/activities/{ids.MixedActivity}");
        Assert.Contains($"/sessions/{ids.S4}\"", activity);
        Assert.DoesNotContain($"/sessions/{ids.S5}\"", activity);
    }

    [Fact]
    public async Task Tasks_outcomes_and_commentary_are_kept_in_the_approved_plan_and_printed_in_the_report()
    {
        var ids = _app.Ids;
        using var coordinator = await AsAsync("Coordinator");
        var taskUrl = $"/plans/{PlanScenario.Year}/tasks/{ids.Memoranda}";

        // Dropped without a reason: the error is next to the field, what was typed is kept, nothing is saved.
        var refused = await coordinator.PostFormAsync(taskUrl, taskUrl, new Dictionary<string, string> { ["Status"] = "Dropped", ["CountRealised"] = "2", ["Note"] = "Трећи партнер одустао" });
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Contains("id=\"DropReason-error\">Наведите разлог одустајања од задатка.", refusedPage);
        Assert.Contains("value=\"Трећи партнер одустао\"", refusedPage);
        Assert.Equal(PlanTaskStatus.InProgress, _app.Scoped(db => db.Set<PlanTask>().Single(t => t.Id == ids.Memoranda).Status));
        var negative = await (await coordinator.PostFormAsync(taskUrl, taskUrl, new Dictionary<string, string> { ["Status"] = "InProgress", ["CountRealised"] = "-1" })).Content.ReadAsStringAsync();
        Assert.Contains("id=\"CountRealised-error\">Вредност не сме бити негативна.", negative);
        // What the approved plan says of the task is not offered for change.
        Assert.DoesNotContain($"/tasks/{ids.Memoranda}/plan", refusedPage);
        var planChange = await coordinator.PostFormAsync(taskUrl, $"{taskUrl}/plan", new Dictionary<string, string> { ["CountTarget"] = "1" });
        Assert.Contains("Усвојени план се не може мењати", await planChange.Content.ReadAsStringAsync());

        var saved = await coordinator.PostFormAsync(taskUrl, taskUrl, new Dictionary<string, string>
        {
            ["Status"] = "InProgress", ["CountRealised"] = "2", ["Date"] = "2019-10-02", ["Note"] = "Потписан меморандум са Домом здравља Ниш",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var evidence = _app.Scoped(db => db.Set<TaskEvidence>().Single(e => e.PlanTaskId == ids.Memoranda));
        Assert.Equal((new DateOnly(2019, 10, 2), "coordinator@demo.local"), (evidence.Date, evidence.RecordedBy));

        var outcomeUrl = $"/plans/{PlanScenario.Year}/outcomes/{ids.Outcome}";
        var unjustified = await (await coordinator.PostFormAsync(outcomeUrl, outcomeUrl, new Dictionary<string, string> { ["Assessment"] = "PartlyAchieved", ["Evidence"] = "Записници" })).Content.ReadAsStringAsync();
        Assert.Contains("id=\"Justification-error\">Образложите процену исхода.", unjustified);
        Assert.Contains("Записници</textarea>", unjustified);
        await coordinator.PostFormAsync(outcomeUrl, outcomeUrl, new Dictionary<string, string>
        {
            ["Assessment"] = "PartlyAchieved", ["Justification"] = "Потписана два од три меморандума", ["Evidence"] = "Записници са састанака",
        });

        var activityUrl = $"/plans/{PlanScenario.Year}/activities/{ids.MixedActivity}";
        await coordinator.PostFormAsync(activityUrl, $"{activityUrl}/comment", new Dictionary<string, string> { ["commentary"] = "Трећи меморандум одложен за наредну годину" });
        Assert.Contains("руководство још није прегледало", await coordinator.GetPageAsync(activityUrl));
        var coordinatorReview = await coordinator.PostFormAsync(activityUrl, $"{activityUrl}/comment/review", new Dictionary<string, string>());
        Assert.DoesNotContain("/plans", coordinatorReview.Headers.Location?.OriginalString ?? "");
        Assert.Null(_app.Scoped(db => db.PlanActivities.Single(a => a.Id == ids.MixedActivity).CommentReviewedBy));

        using var management = await AsAsync("Management");
        var reviewed = await management.PostFormAsync(activityUrl, $"{activityUrl}/comment/review", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.Contains("data-testid=\"comment-reviewed\"", await management.GetPageAsync(activityUrl));
        var plan = await management.GetPageAsync($"/plans/{PlanScenario.Year}");
        Assert.Contains("делимично остварен", plan);
        Assert.Contains("Потписана два од три меморандума", plan);
        Assert.Contains("Трећи меморандум одложен за наредну годину", plan);

        var report = PdfChecks.Text(await management.Client.GetByteArrayAsync($"/plans/{PlanScenario.Year}/fulfilment.pdf"));
        Assert.Contains("Коментар: Трећи меморандум одложен за наредну годину", report);
        Assert.Contains("делимично остварен", report);
        Assert.Contains("у току · 2 од 3", report);

        var actions = _app.Scoped(db => db.AuditLog.Where(a => a.Actor == "coordinator@demo.local").Select(a => a.Action).ToList());
        Assert.Contains("Plan.TaskTracked", actions);
        Assert.Contains("Plan.OutcomeAssessed", actions);
        Assert.Contains("Plan.Commented", actions);
    }

    [Fact]
    public async Task The_annual_report_opens_with_managements_introduction_as_PDF_and_as_an_editable_Word_document()
    {
        var ids = _app.Ids;
        using var coordinator = await AsAsync("Coordinator");
        var activityUrl = $"/plans/{PlanScenario.Year}/activities/{ids.TrainingActivity}";
        await coordinator.PostFormAsync(activityUrl, $"{activityUrl}/comment", new Dictionary<string, string> { ["commentary"] = "Трећа радионица отказана због поплава у мају" });

        using var management = await AsAsync("Management");
        var planUrl = $"/plans/{PlanScenario.Year}";
        var saved = await management.PostFormAsync(planUrl, $"{planUrl}/introduction", new Dictionary<string, string>
        {
            ["introduction"] = "Центар је у 2019. години остварио већину планираних активности.\nОбуке за центре за социјални рад настављају се и наредне године.",
        });
        Assert.Equal($"{planUrl}#report", saved.Headers.Location?.OriginalString);
        Assert.Contains("Обуке за центре за социјални рад настављају се и наредне године.", await management.GetPageAsync(planUrl));
        Assert.Contains($"/plans/{PlanScenario.Year}/fulfilment.docx", await management.GetPageAsync($"/dashboard?year={PlanScenario.Year}"));

        var pdf = PdfChecks.Text(await management.Client.GetByteArrayAsync($"{planUrl}/fulfilment.pdf"));
        Assert.Contains("Центар је у 2019. години остварио већину планираних активности.", pdf);

        var response = await management.Client.GetAsync($"{planUrl}/fulfilment.docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).ToList();
        Assert.Contains(("Heading1", "Извештај о реализацији плана рада за 2019. годину"), paragraphs);
        Assert.Contains(("Heading1", "Општи циљ I"), paragraphs);
        Assert.Contains(("Heading2", "Појединачни циљ I.I"), paragraphs);
        var text = string.Join("\n", paragraphs.Select(p => p.Text));
        Assert.Contains("Центар је у 2019. години остварио већину планираних активности.", text);
        Assert.Contains("Коментар: Трећа радионица отказана због поплава у мају", text);
        Assert.Contains("Одржано: 2 од 2 обуке · обучено: 4 особе (5 учешћа) · 18 сати · 1 сертификат", text);
        var summary = word.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Select(r => r.InnerText).ToList();
        Assert.Contains("Одржане обуке4 / 4", summary);
        Assert.Contains("од тога обука партнера (учесници као бројеви по секторима)1", summary);
        Assert.Equal("sr-Cyrl-RS", word.PackageProperties.Language);

        var xlsx = await management.Client.GetByteArrayAsync($"{planUrl}/fulfilment.xlsx");
        using var sheet = new MemoryStream(xlsx);
        var rows = MiniExcelLibs.MiniExcel.Query(sheet, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var mixed = rows.Single(r => (string?)r["Ознака"] == "I.I.3");
        Assert.Equal((1d, 2d), (Convert.ToDouble(mixed["Урађени задаци"], CultureInfo.InvariantCulture), Convert.ToDouble(mixed["Задаци (без одустатих)"], CultureInfo.InvariantCulture)));
    }
}
