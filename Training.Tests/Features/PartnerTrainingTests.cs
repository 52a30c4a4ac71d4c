using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Training.Domain.Common;
using Training.Domain.Planning;
using Training.Tests.Support;
using Training.Web.Features.Plans;

namespace Training.Tests.Features;

/// <summary>
/// Trainings partners organise with the Centre's trainers, counted per sector, and a session the plan lists under two
/// activities: both count in the activities' figures, the year counts the shared session once, and the plan page,
/// the dashboard and the report agree (see <see cref="PlanScenario"/>, activity I.I.4).
/// </summary>
public sealed class PartnerTrainingTests : IClassFixture<PlanScenarioApp>
{
    private readonly PlanScenarioApp _app;

    public PartnerTrainingTests(PlanScenarioApp app) => _app = app;

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
    public async Task A_partners_training_and_a_shared_session_count_for_their_activities_and_once_in_the_year()
    {
        var ids = _app.Ids;
        var rated = await RatedAsync();
        var shared = rated.Activities[ids.SharedActivity].Figures;
        // S2 (Ана and Горан, 6 h) and the partner's training (15 counted, 8 h).
        Assert.Equal((2, 2, 17, 17, 1, 14m, 0), (shared.Delivered, shared.Planned, shared.Persons, shared.Participations, shared.Institutions, shared.Hours, shared.Certificates));
        Assert.Equal((12, 3, 2), (shared.PersonsBySector["Police"], shared.PersonsBySector["School"], shared.PersonsBySector["SocialWorkCentre"]));
        Assert.Equal(1, shared.PartnersTrainings);
        var police = rated.Activities[ids.SharedActivity].Targets.Single(t => t.Target.Kind == TargetKind.Participants);
        Assert.Equal((12m, FulfilmentStatus.Achieved), (police.Actual!.Value, police.Status));
        // S2 still counts for its own activity.
        Assert.Equal(2, rated.Activities[ids.TrainingActivity].Figures.Delivered);
        Assert.Equal((4, 4, 19, 20, 32m), (rated.Totals.Delivered, rated.Totals.Planned, rated.Totals.Persons, rated.Totals.Participations, rated.Totals.Hours));

        using var web = await AsAsync("Management");
        var page = await web.GetPageAsync($"/plans/{PlanScenario.Year}/activities/{ids.SharedActivity}");
        Assert.Contains("Препознавање трговине људима у граничној полицији", page);
        Assert.Contains("Министарство унутрашњих послова", page);
        Assert.Contains("Полиција 12", page);
        Assert.Contains("data-testid=\"counted-also\"", page);
        Assert.Contains($"/sessions/{ids.S2}\"", page);
        // Management reads; only planners record or change what counts.
        Assert.DoesNotContain("/partner-trainings/new", page);
        Assert.DoesNotContain("also-count-form", page);

        var report = PdfChecks.Text(await web.Client.GetByteArrayAsync($"/plans/{PlanScenario.Year}/fulfilment.pdf"));
        Assert.Contains("Обука партнера (Министарство унутрашњих послова): Препознавање трговине људима у граничној полицији, 1.10.2019. – 2.10.2019., 15 учесника", report);
        Assert.Contains("од тога обука партнера", report);
        var latin = PdfChecks.Text(await web.Client.GetByteArrayAsync($"/plans/{PlanScenario.Year}/fulfilment.pdf?culture=sr-Latn-RS"));
        Assert.Contains("Obuka partnera (Ministarstvo unutrašnjih poslova)", latin);
        using var docx = WordprocessingDocument.Open(new MemoryStream(await web.Client.GetByteArrayAsync($"/plans/{PlanScenario.Year}/fulfilment.docx")), false);
        Assert.Contains("Обука партнера (Министарство унутрашњих послова)", docx.MainDocumentPart!.Document.Body!.InnerText);
    }

    [Fact]
    public async Task A_coordinator_records_a_partners_training_with_errors_next_to_the_fields_and_nothing_saved_until_right()
    {
        var ids = _app.Ids;
        using var coordinator = await AsAsync("Coordinator");
        var newUrl = $"/plans/{PlanScenario.Year}/activities/{ids.MixedActivity}/partner-trainings/new";
        var trainer = _app.Scoped(db => db.Trainers.OrderBy(t => t.Id).First().Id);
        var before = _app.Scoped(db => db.PartnerTrainings.Count());
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "Обука за школске тимове", ["Organiser"] = "", ["FirstDay"] = "2019-11-05", ["LastDay"] = "2019-11-04", ["Hours"] = "6",
            ["Headcounts[School]"] = "-2", ["Trainers[0].TrainerId"] = trainer.ToString(CultureInfo.InvariantCulture), ["Trainers[0].Hours"] = "",
        };
        var refused = await (await coordinator.PostFormAsync(newUrl, newUrl, fields)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"LastDay-error\">Последњи дан не може бити пре првог.", refused);
        Assert.Contains("value=\"Обука за школске тимове\"", refused);
        fields["LastDay"] = "2019-11-05";
        Assert.Contains("id=\"Organiser-error\">Ово поље је обавезно.", await (await coordinator.PostFormAsync(newUrl, newUrl, fields)).Content.ReadAsStringAsync());
        fields["Organiser"] = "Пројекат „Безбедна школа“";
        Assert.Contains("id=\"Headcounts_School_error\">Вредност не сме бити негативна.", await (await coordinator.PostFormAsync(newUrl, newUrl, fields)).Content.ReadAsStringAsync());
        fields["Headcounts[School]"] = "25";
        Assert.Contains("id=\"Trainers_0_error\">Ово поље је обавезно.", await (await coordinator.PostFormAsync(newUrl, newUrl, fields)).Content.ReadAsStringAsync());
        fields["Trainers[0].Hours"] = "7";
        Assert.Contains("Тренер не може предавати дуже од трајања обуке.", await (await coordinator.PostFormAsync(newUrl, newUrl, fields)).Content.ReadAsStringAsync());
        fields["FirstDay"] = fields["LastDay"] = "2020-01-10";
        fields["Trainers[0].Hours"] = "3";
        Assert.Contains("id=\"FirstDay-error\">Први дан мора бити у 2019. години, години плана.", await (await coordinator.PostFormAsync(newUrl, newUrl, fields)).Content.ReadAsStringAsync());
        Assert.Equal(before, _app.Scoped(db => db.PartnerTrainings.Count()));

        fields["FirstDay"] = fields["LastDay"] = "2019-11-05";
        var saved = await coordinator.PostFormAsync(newUrl, newUrl, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var recorded = _app.Scoped(db => db.PartnerTrainings.Where(p => p.PlanActivityId == ids.MixedActivity).Select(p => new { p.Id, p.Organiser, p.RecordedBy, Count = p.Headcounts.Sum(h => h.Count) }).Single());
        Assert.Equal(("Пројекат „Безбедна школа“", "coordinator@demo.local", 25), (recorded.Organiser, recorded.RecordedBy, recorded.Count));
        var mixed = (await RatedAsync()).Activities[ids.MixedActivity].Figures;
        Assert.Equal((2, 25, 12m), (mixed.Delivered, mixed.Persons, mixed.Hours));

        // Management cannot record or delete; the coordinator deletes after confirming, and the figures go back.
        using var management = await AsAsync("Management");
        var deleteUrl = $"/plans/{PlanScenario.Year}/partner-trainings/{recorded.Id}/delete";
        var activityUrl = $"/plans/{PlanScenario.Year}/activities/{ids.MixedActivity}";
        var denied = await management.PostFormAsync(activityUrl, deleteUrl, new Dictionary<string, string>());
        Assert.DoesNotContain("/plans/", denied.Headers.Location?.OriginalString ?? "");
        Assert.Equal(1, _app.Scoped(db => db.PartnerTrainings.Count(p => p.Id == recorded.Id)));
        var editPage = await coordinator.GetPageAsync($"/plans/{PlanScenario.Year}/partner-trainings/{recorded.Id}");
        Assert.Contains("data-confirm=", editPage);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync($"/plans/{PlanScenario.Year}/partner-trainings/{recorded.Id}", deleteUrl, new Dictionary<string, string>())).StatusCode);
        Assert.Equal(0, _app.Scoped(db => db.PartnerTrainings.Count(p => p.Id == recorded.Id)));
        Assert.Equal(1, (await RatedAsync()).Activities[ids.MixedActivity].Figures.Delivered);
        var actions = _app.Scoped(db => db.AuditLog.Where(a => a.Subject == nameof(PartnerTraining) && a.Actor == "coordinator@demo.local").Select(a => a.Action).ToList());
        Assert.Equal(["Plan.PartnerTrainingRecorded", "Plan.PartnerTrainingDeleted"], actions);
    }

    [Fact]
    public async Task A_planner_counts_a_session_towards_a_second_activity_and_stops_counting_it()
    {
        var ids = _app.Ids;
        using var coordinator = await AsAsync("Coordinator");
        var otherUrl = $"/plans/{PlanScenario.Year}/activities/{ids.OtherActivity}";
        var page = await coordinator.GetPageAsync(otherUrl);
        Assert.Contains("also-count-form", page);
        // A cancelled session, and one already counted twice, are not offered.
        Assert.DoesNotContain($"<option value=\"{ids.S3}\"", page);
        Assert.DoesNotContain($"<option value=\"{ids.S2}\"", page);

        var counted = await coordinator.PostFormAsync(otherUrl, $"{otherUrl}/also-counts", new Dictionary<string, string> { ["sessionId"] = ids.S1.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, counted.StatusCode);
        var rated = await RatedAsync();
        Assert.Equal(1, rated.Activities[ids.OtherActivity].Figures.Delivered);
        Assert.Equal(4, rated.Totals.Delivered);
        Assert.Equal(ids.OtherActivity, _app.Scoped(db => db.Sessions.Single(s => s.Id == ids.S1).AlsoPlanActivityId));

        // A session cannot count twice for its own activity, nor be stopped from an activity it does not count for.
        var own = $"/plans/{PlanScenario.Year}/activities/{ids.TrainingActivity}";
        await coordinator.PostFormAsync(own, $"{own}/also-counts", new Dictionary<string, string> { ["sessionId"] = ids.S4.ToString(CultureInfo.InvariantCulture), ["count"] = "false" });
        Assert.Null(_app.Scoped(db => db.Sessions.Single(s => s.Id == ids.S4).AlsoPlanActivityId));

        await coordinator.PostFormAsync(otherUrl, $"{otherUrl}/also-counts", new Dictionary<string, string> { ["sessionId"] = ids.S1.ToString(CultureInfo.InvariantCulture), ["count"] = "false" });
        Assert.Null(_app.Scoped(db => db.Sessions.Single(s => s.Id == ids.S1).AlsoPlanActivityId));
        Assert.Contains("Plan.SessionAlsoCounted", _app.Scoped(db => db.AuditLog.Select(a => a.Action).ToList()));
    }

    [Fact]
    public void A_partners_training_refuses_impossible_figures()
    {
        var training = new PartnerTraining(1);
        Assert.Equal("PartnerTraining.TooManyHours", Assert.Throws<DomainException>(() =>
            training.Describe("Обука", "МУП", null, new DateOnly(2019, 3, 1), new DateOnly(2019, 3, 1), 25)).MessageKey);
        Assert.Equal("Validation.Positive", Assert.Throws<DomainException>(() =>
            training.Describe("Обука", "МУП", null, new DateOnly(2019, 3, 1), null, 0)).MessageKey);
        training.Describe("Обука", "МУП", null, new DateOnly(2019, 3, 1), null, 6);
        Assert.Equal(new DateOnly(2019, 3, 1), training.LastDay);
        Assert.Equal("PartnerTraining.TrainerTwice", Assert.Throws<DomainException>(() => training.Staff([(1, 2m), (1, 3m)])).MessageKey);
        training.Count(new Dictionary<string, int> { ["Police"] = 4, ["School"] = 0 });
        Assert.Equal(4, training.Participants);
        Assert.Single(training.Headcounts);
    }
}
