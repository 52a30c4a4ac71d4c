using System.Globalization;
using System.Net;
using Training.Domain.Planning;
using Training.Infrastructure.Localisation;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>The coordinator's work on the plan: next year from this one, activities and targets, approval and reopening.</summary>
public sealed class PlanEditingTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public PlanEditingTests(TrainingAppFactory app) => _app = app;

    private async Task<WebSession> CoordinatorAsync()
    {
        var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        return web;
    }

    /// <summary>A draft plan for <paramref name="year"/> copied from 2017 through the page, and one of its training activities.</summary>
    private async Task<(WebSession Web, int ActivityId, int GoalId)> DraftAsync(int year)
    {
        var web = await CoordinatorAsync();
        var empty = await web.GetPageAsync($"/plans/{year}");
        Assert.Contains($"За {year}. годину још нема плана рада.", empty);
        var created = await web.PostFormAsync($"/plans/{year}", "/plans/copy", new Dictionary<string, string> { ["from"] = "2017", ["to"] = year.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal($"/plans/{year}", created.Headers.Location?.OriginalString);
        var (activity, goal) = _app.Scoped(db => db.PlanActivities.Where(a => a.Goal.Plan.Year == year && a.Kind == ActivityKind.Training)
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.PlanGoalId }).AsEnumerable().Select(a => (a.Id, a.PlanGoalId)).First());
        return (web, activity, goal);
    }

    private static Dictionary<string, string> Activity(string text, string kind, params (string Kind, string Value, string Sector)[] targets)
    {
        var fields = new Dictionary<string, string> { ["Text"] = text, ["Kind"] = kind };
        for (var i = 0; i < targets.Length; i++)
        {
            fields[$"Targets[{i}].Kind"] = targets[i].Kind;
            fields[$"Targets[{i}].Value"] = targets[i].Value;
            fields[$"Targets[{i}].Sector"] = targets[i].Sector;
        }
        return fields;
    }

    [Fact]
    public async Task Next_year_is_made_from_this_year_and_keeps_the_structure()
    {
        var (web, _, _) = await DraftAsync(2041);
        using var _web = web;
        var counts = _app.Scoped(db => (
            Activities: db.PlanActivities.Count(a => a.Goal.Plan.Year == 2041),
            Source: db.PlanActivities.Count(a => a.Goal.Plan.Year == 2017),
            Status: db.AnnualPlans.Single(p => p.Year == 2041).Status,
            Title: db.AnnualPlans.Single(p => p.Year == 2041).Title));
        Assert.Equal(counts.Source, counts.Activities);
        Assert.Equal(PlanStatus.Draft, counts.Status);
        Assert.Contains("2041", counts.Title);
        var again = await web.PostFormAsync("/plans", "/plans/copy", new Dictionary<string, string> { ["from"] = "2017", ["to"] = "2041" });
        Assert.Equal("/plans", again.Headers.Location?.OriginalString);
        Assert.Contains("План за 2041. већ постоји.", await web.GetPageAsync("/plans"));
    }

    [Fact]
    public async Task Bad_targets_are_refused_next_to_their_field_and_nothing_is_saved()
    {
        var (web, activity, _) = await DraftAsync(2042);
        using var _web = web;
        var url = $"/plans/2042/activities/{activity}/edit";
        var before = _app.Scoped(db => db.PlanActivities.Where(a => a.Id == activity).Select(a => a.Targets.Count).Single());

        var negative = await (await web.PostFormAsync(url, url, Activity("Радионице", "Training", ("Sessions", "-2", "")))).Content.ReadAsStringAsync();
        Assert.Contains("Вредност не сме бити негативна.", negative);
        Assert.Contains("id=\"Targets_0_error\">Вредност не сме бити негативна.", negative);

        var text = await (await web.PostFormAsync(url, url, Activity("Радионице", "Training", ("Sessions", "четири", "")))).Content.ReadAsStringAsync();
        Assert.Contains("id=\"Targets_0_error\">", text);
        Assert.DoesNotContain("id=\"Targets_0_error\"></span>", text);

        Assert.Equal(before, _app.Scoped(db => db.PlanActivities.Where(a => a.Id == activity).Select(a => a.Targets.Count).Single()));
        Assert.Equal(ActivityKind.Training, _app.Scoped(db => db.PlanActivities.Single(a => a.Id == activity).Kind));

        // An activity that is mostly other work may still be measured by the trainings it holds.
        var saved = await web.PostFormAsync(url, url, Activity("Радионице у Нишу", "Other", ("Participants", "40", "Police"), ("TrainingHours", "24", "")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ActivityKind.Other, _app.Scoped(db => db.PlanActivities.Single(a => a.Id == activity).Kind));
        var targets = _app.Scoped(db => db.PlanActivities.Where(a => a.Id == activity).SelectMany(a => a.Targets).Select(t => new { t.Kind, t.Value, t.SectorCode }).ToList());
        Assert.Contains(targets, t => t.Kind == TargetKind.Participants && t.Value == 40 && t.SectorCode == "Police");
        Assert.Contains(targets, t => t.Kind == TargetKind.TrainingHours && t.Value == 24);
    }

    [Fact]
    public async Task An_approved_plan_is_edited_only_after_reopening_with_a_recorded_reason()
    {
        var (web, activity, goal) = await DraftAsync(2043);
        using var _web = web;
        await web.PostFormAsync("/plans/2043", "/plans/2043/approve", new Dictionary<string, string>());
        Assert.True(_app.Scoped(db => db.AnnualPlans.Single(p => p.Year == 2043).IsApproved));
        Assert.DoesNotContain($"/plans/2043/activities/{activity}/edit", await web.GetPageAsync("/plans/2043"));

        var url = $"/plans/2043/activities/{activity}/edit";
        var refused = await web.PostFormAsync("/plans/2043", url, Activity("Друго", "Training"));
        Assert.Contains("Усвојени план се не може мењати", await refused.Content.ReadAsStringAsync());

        await web.PostFormAsync("/plans/2043", "/plans/2043/reopen", new Dictionary<string, string> { ["reason"] = "Нова активност по налогу министарства" });
        var page = await web.GetPageAsync("/plans/2043");
        Assert.Contains("Нова активност по налогу министарства", page);
        Assert.Contains("coordinator@demo.local", page);
        Assert.Equal(HttpStatusCode.Redirect, (await web.PostFormAsync(url, url, Activity("Радионице у Крагујевцу", "Training"))).StatusCode);
        Assert.Equal("Радионице у Крагујевцу", _app.Scoped(db => db.PlanActivities.Single(a => a.Id == activity).Text));

        var added = await web.PostFormAsync($"/plans/2043/goals/{goal}/activities/new", $"/plans/2043/goals/{goal}/activities/new",
            new Dictionary<string, string> { ["Number"] = "9", ["Text"] = "Обука за инспекторе рада", ["Kind"] = "Training", ["Targets[0].Kind"] = "Sessions", ["Targets[0].Value"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(2m, _app.Scoped(db => db.PlanActivities.Where(a => a.Goal.Plan.Year == 2043 && a.Number == "9").SelectMany(a => a.Targets).Single().Value));
    }

    [Fact]
    public async Task Progress_and_dated_evidence_are_kept_for_other_activities_even_in_an_approved_plan()
    {
        var (web, _, _) = await DraftAsync(2044);
        using var _web = web;
        await web.PostFormAsync("/plans/2044", "/plans/2044/approve", new Dictionary<string, string>());
        var other = _app.Scoped(db => db.PlanActivities.Where(a => a.Goal.Plan.Year == 2044 && a.Kind == ActivityKind.Other).OrderBy(a => a.Id).Select(a => a.Id).First());
        await web.PostFormAsync("/plans/2044", $"/plans/2044/activities/{other}/progress", new Dictionary<string, string> { ["progress"] = "Done" });
        await web.PostFormAsync("/plans/2044", $"/plans/2044/activities/{other}/evidence", new Dictionary<string, string> { ["date"] = "2044-03-15", ["note"] = "Протокол потписан са МУП-ом" });
        var saved = _app.Scoped(db => db.PlanActivities.Where(a => a.Id == other).Select(a => new { a.Progress, Notes = a.Evidence.Select(e => new { e.Date, e.Text, e.RecordedBy }).ToList() }).Single());
        Assert.Equal(ActivityProgress.Done, saved.Progress);
        Assert.Equal((new DateOnly(2044, 3, 15), "Протокол потписан са МУП-ом", "coordinator@demo.local"), (saved.Notes.Single().Date, saved.Notes.Single().Text, saved.Notes.Single().RecordedBy));
        Assert.Contains("Протокол потписан са МУП-ом", await web.GetPageAsync("/plans/2044"));
    }

    private static string TextOf(string key) => System.Net.WebUtility.HtmlEncode(TextCatalog.Default.Find(key, System.Globalization.CultureInfo.GetCultureInfo("sr-Cyrl-RS"))!)
        .Replace("&#x201E;", "„").Replace("&#x201D;", "”");
}
