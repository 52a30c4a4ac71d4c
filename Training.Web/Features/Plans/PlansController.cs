using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Domain.Planning;
using Training.Infrastructure.Documents;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Plans;

/// <summary>
/// The annual work plans as the Centre writes them, with each activity's fulfilment; editing for
/// planners (a draft plan, or an approved one after reopening); the plan and its fulfilment report
/// as PDF, XLSX and CSV.
/// </summary>
[Authorize(Roles = Roles.Readers), Route("plans")]
public sealed class PlansController(PlanService plans, FulfilmentService fulfilment, FulfilmentReportService reports, PartnerTrainingService partners, Evaluation.EvaluationService evaluation, TextCatalog text) : Controller
{
    private bool CanEdit => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Coordinator);

    private string By => User.Identity?.Name ?? "?";

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await plans.ListAsync());

    [HttpGet("{year:int}")]
    public async Task<IActionResult> Show(int year)
    {
        if (year is < 2000 or > 2100)
            return NotFound();
        var plan = await fulfilment.PlanAsync(year);
        if (plan is not null)
            ViewData["Evaluation"] = await evaluation.SummaryByActivityAsync(plan.Goals.SelectMany(g => g.Activities).Select(a => a.Id).ToList());
        return View(new PlanPage(year, plan is null ? null : await fulfilment.FulfilmentAsync(plan), plan is null ? await plans.PreviousYearAsync(year) : null, CanEdit));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("copy")]
    public async Task<IActionResult> Copy(int from, int to)
    {
        var (done, _) = await ModelState.TrySaveAsync(text, () => plans.CopyAsync(from, to));
        TempData[done ? "Status" : "Error"] = done ? text["Plan.Copied", from, to] : ModelState.ErrorText();
        return done ? RedirectToAction(nameof(Show), new { year = to }) : RedirectToAction(nameof(Index));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{year:int}/approve")]
    public Task<IActionResult> Approve(int year) => Change(year, "Plan.Approved", plan => plans.ApproveAsync(plan, By));

    [Authorize(Roles = Roles.Planners), HttpPost("{year:int}/reopen")]
    public Task<IActionResult> Reopen(int year, string? reason) => Change(year, "Plan.Reopened", plan => plans.ReopenAsync(plan, reason, By));

    [Authorize(Roles = Roles.Planners), HttpPost("{year:int}/goals")]
    public Task<IActionResult> AddGoal(int year, int? parentId, string? number, string? goalText) =>
        Change(year, "Plan.GoalAdded", plan => parentId is int parent ? plans.AddSpecificGoalAsync(plan, parent, number, goalText) : plans.AddGeneralGoalAsync(plan, number, goalText));

    [Authorize(Roles = Roles.Planners), HttpPost("{year:int}/goals/{goalId:int}")]
    public Task<IActionResult> EditGoal(int year, int goalId, string? goalText) => Change(year, "Plan.GoalSaved", plan => plans.EditGoalAsync(plan, goalId, goalText));

    [Authorize(Roles = Roles.Planners), HttpGet("{year:int}/goals/{goalId:int}/activities/new")]
    public async Task<IActionResult> NewActivity(int year, int goalId)
    {
        var plan = await fulfilment.PlanAsync(year);
        var goal = plan?.Goals.FirstOrDefault(g => g.Id == goalId && !g.IsGeneral);
        return goal is null ? NotFound() : View("EditActivity", await EditorAsync(year, goal, null, new ActivityForm { Targets = [new TargetInput()] }));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{year:int}/goals/{goalId:int}/activities/new")]
    public async Task<IActionResult> NewActivity(int year, int goalId, ActivityForm form)
    {
        var plan = await fulfilment.PlanAsync(year);
        var goal = plan?.Goals.FirstOrDefault(g => g.Id == goalId && !g.IsGeneral);
        if (goal is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, () => plans.SaveActivityAsync(plan!, goal, null, form));
        if (!done)
            return View("EditActivity", await EditorAsync(year, goal, null, form));
        TempData["Status"] = text["Plan.ActivitySaved"];
        return RedirectToAction(nameof(Show), new { year });
    }

    [Authorize(Roles = Roles.Planners), HttpGet("{year:int}/activities/{id:int}/edit")]
    public async Task<IActionResult> EditActivity(int year, int id)
    {
        var (plan, activity) = await ActivityAsync(year, id);
        if (activity is null)
            return NotFound();
        var form = new ActivityForm
        {
            Number = activity.Number, Text = activity.Text, Kind = activity.Kind,
            Targets = [.. activity.Targets.Select(t => new TargetInput { Id = t.Id, Kind = t.Kind, Value = t.Value, Sector = t.SectorCode }), new TargetInput()],
        };
        return View(await EditorAsync(year, activity.Goal, activity, form));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{year:int}/activities/{id:int}/edit")]
    public async Task<IActionResult> EditActivity(int year, int id, ActivityForm form)
    {
        var (plan, activity) = await ActivityAsync(year, id);
        if (activity is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, () => plans.SaveActivityAsync(plan!, activity.Goal, activity, form));
        if (!done)
            return View(await EditorAsync(year, activity.Goal, activity, form));
        TempData["Status"] = text["Plan.ActivitySaved"];
        return RedirectToAction(nameof(Show), null, new { year }, $"activity-{id}");
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{year:int}/activities/{id:int}/progress")]
    public Task<IActionResult> Progress(int year, int id, ActivityProgress progress) =>
        ChangeActivity(year, id, "Plan.ProgressSaved", activity => plans.ReportProgressAsync(activity, progress, By));

    [Authorize(Roles = Roles.Planners), HttpPost("{year:int}/activities/{id:int}/comment")]
    public Task<IActionResult> Comment(int year, int id, string? commentary) =>
        ChangeActivity(year, id, "Plan.CommentSaved", activity => plans.CommentAsync(activity, commentary, By), RedirectToAction(nameof(Activity), null, new { year, id }, "commentary"));

    /// <summary>Management reads the coordinator's comment and marks it reviewed.</summary>
    [Authorize(Roles = Roles.Management + "," + Roles.Administrator), HttpPost("{year:int}/activities/{id:int}/comment/review")]
    public Task<IActionResult> ReviewComment(int year, int id) =>
        ChangeActivity(year, id, "Plan.CommentReviewed", activity => plans.ReviewCommentAsync(activity, By), RedirectToAction(nameof(Activity), null, new { year, id }, "commentary"));

    [HttpGet("{year:int}/tasks/{id:int}")]
    public async Task<IActionResult> ShowTask(int year, int id)
    {
        var (plan, task) = await TaskAsync(year, id);
        if (task is null)
            return NotFound();
        return View("Task", TaskPage(plan!, task, new TaskTrackingForm { Status = task.Status, CountRealised = task.CountRealised, DropReason = task.DropReason },
            new TaskPlanForm { CountTarget = task.CountTarget, DueQuarter = task.DueQuarter, Responsible = task.Responsible }));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{year:int}/tasks/{id:int}"), RequestSizeLimit(Uploads.MaxRequestBytes)]
    public async Task<IActionResult> TrackTask(int year, int id, TaskTrackingForm form)
    {
        var (plan, task) = await TaskAsync(year, id);
        if (task is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await plans.TrackTaskAsync(task, form, By); return true; });
        if (!done)
            return View("Task", TaskPage(plan!, task, form, new TaskPlanForm { CountTarget = task.CountTarget, DueQuarter = task.DueQuarter, Responsible = task.Responsible }));
        TempData["Status"] = text["Plan.TaskSaved"];
        return RedirectToAction(nameof(Activity), null, new { year, id = task.PlanActivityId }, $"task-{id}");
    }

    /// <summary>A file attached to a task's note, for anyone who reads the plan; always a download, never shown inline.</summary>
    [HttpGet("{year:int}/evidence/{id:int}/file")]
    public async Task<IActionResult> EvidenceFile(int year, int id) =>
        await plans.EvidenceFileAsync(year, id) is var (evidence, content) ? File(content, "application/octet-stream", evidence.FileName) : NotFound();

    [Authorize(Roles = Roles.Planners), HttpPost("{year:int}/tasks/{id:int}/plan")]
    public async Task<IActionResult> PlanTask(int year, int id, TaskPlanForm form)
    {
        var (plan, task) = await TaskAsync(year, id);
        if (task is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await plans.PlanTaskAsync(task, form); return true; });
        if (!done)
            return View("Task", TaskPage(plan!, task, new TaskTrackingForm { Status = task.Status, CountRealised = task.CountRealised, DropReason = task.DropReason }, form));
        TempData["Status"] = text["Plan.TaskSaved"];
        return RedirectToAction(nameof(Activity), null, new { year, id = task.PlanActivityId }, $"task-{id}");
    }

    [HttpGet("{year:int}/outcomes/{id:int}")]
    public async Task<IActionResult> ShowOutcome(int year, int id)
    {
        var (_, outcome) = await OutcomeAsync(year, id);
        return outcome is null ? NotFound() : View("Outcome", new OutcomePage(year, outcome, new OutcomeForm
        {
            Assessment = outcome.Assessment, Justification = outcome.Justification, Evidence = outcome.AssessmentEvidence,
        }, CanEdit));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{year:int}/outcomes/{id:int}")]
    public async Task<IActionResult> AssessOutcome(int year, int id, OutcomeForm form)
    {
        var (_, outcome) = await OutcomeAsync(year, id);
        if (outcome is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () =>
        {
            await plans.AssessOutcomeAsync(outcome, form.Assessment, form.Justification, form.Evidence, By);
            return true;
        });
        if (!done)
            return View("Outcome", new OutcomePage(year, outcome, form, CanEdit));
        TempData["Status"] = text["Plan.OutcomeAssessed"];
        return RedirectToAction(nameof(Show), null, new { year }, $"outcome-{id}");
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{year:int}/activities/{id:int}/evidence")]
    public Task<IActionResult> Evidence(int year, int id, DateOnly? date, string? note) =>
        ChangeActivity(year, id, "Plan.EvidenceAdded", activity => plans.AddEvidenceAsync(activity, date, note, By));

    /// <summary>Drill-down: the sessions and the people behind an activity's figures.</summary>
    [HttpGet("{year:int}/activities/{id:int}")]
    public async Task<IActionResult> Activity(int year, int id, string? sector, int? page)
    {
        var plan = await fulfilment.PlanAsync(year);
        if (plan is null || !plan.Goals.SelectMany(g => g.Activities).Any(a => a.Id == id))
            return NotFound();
        var rated = await fulfilment.FulfilmentAsync(plan);
        var (sessions, people) = await plans.BehindAsync(year, id, sector, page);
        ViewData["Sector"] = sector;
        ViewData["Evaluation"] = await evaluation.SummaryAsync(sessions.Select(s => s.Id).ToList());
        return View(new ActivityPage(year, rated.Activities[id], sessions, people, CanEdit)
        {
            Partners = await partners.ListAsync(year, id),
            SessionsToCount = CanEdit ? await partners.SessionsToCountAsync(year, id) : [],
        });
    }

    [HttpGet("{year:int}/pdf")]
    public async Task<IActionResult> Pdf(int year)
    {
        var plan = await fulfilment.PlanAsync(year);
        return plan is null ? NotFound() : File(WorkPlanDocument.Render(plan, text), "application/pdf", $"plan-rada-{year}.pdf");
    }

    [HttpGet("{year:int}/fulfilment.pdf")]
    public async Task<IActionResult> FulfilmentPdf(int year)
    {
        var plan = await fulfilment.PlanAsync(year);
        return plan is null ? NotFound() : File(await reports.PdfAsync(plan), "application/pdf", $"ostvarenje-plana-{year}.pdf");
    }

    [HttpGet("{year:int}/fulfilment.docx")]
    public async Task<IActionResult> FulfilmentDocx(int year)
    {
        var plan = await fulfilment.PlanAsync(year);
        return plan is null ? NotFound() : File(await reports.DocxAsync(plan), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"realizacija-plana-{year}.docx");
    }

    /// <summary>Management's introduction to the year's report; written by any reader of the plan, in an approved plan too.</summary>
    [HttpPost("{year:int}/introduction")]
    public Task<IActionResult> Introduction(int year, string? introduction) =>
        Change(year, "Fulfilment.IntroductionSaved", plan => plans.IntroduceReportAsync(plan, introduction, By), "report");

    [HttpGet("{year:int}/fulfilment.xlsx")]
    public async Task<IActionResult> FulfilmentXlsx(int year)
    {
        var plan = await fulfilment.PlanAsync(year);
        return plan is null ? NotFound() : File(await reports.XlsxAsync(plan), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"ostvarenje-plana-{year}.xlsx");
    }

    [HttpGet("{year:int}/fulfilment.csv")]
    public async Task<IActionResult> FulfilmentCsv(int year)
    {
        var plan = await fulfilment.PlanAsync(year);
        return plan is null ? NotFound() : File(await reports.CsvAsync(plan), "text/csv; charset=utf-8", $"ostvarenje-plana-{year}.csv");
    }

    private async Task<(AnnualPlan? Plan, PlanActivity? Activity)> ActivityAsync(int year, int id)
    {
        var plan = await fulfilment.PlanAsync(year);
        return (plan, plan?.Goals.SelectMany(g => g.Activities).FirstOrDefault(a => a.Id == id));
    }

    private async Task<(AnnualPlan? Plan, PlanTask? Task)> TaskAsync(int year, int id)
    {
        var plan = await fulfilment.PlanAsync(year);
        return (plan, plan?.Goals.SelectMany(g => g.Activities).SelectMany(a => a.Tasks).FirstOrDefault(t => t.Id == id));
    }

    private async Task<(AnnualPlan? Plan, PlanOutcome? Outcome)> OutcomeAsync(int year, int id)
    {
        var plan = await fulfilment.PlanAsync(year);
        return (plan, plan?.Goals.SelectMany(g => g.Outcomes).FirstOrDefault(o => o.Id == id));
    }

    private TaskPage TaskPage(AnnualPlan plan, PlanTask task, TaskTrackingForm tracking, TaskPlanForm planning) =>
        new(plan.Year, task, FulfilmentRule.Rate(task, plan.Year, fulfilment.Today), tracking, planning, CanEdit, CanEdit && !plan.IsApproved);

    private async Task<ActivityEditor> EditorAsync(int year, PlanGoal goal, PlanActivity? activity, ActivityForm form) =>
        new(year, activity, goal, form, await plans.SectorCodesAsync());

    private async Task<IActionResult> Change(int year, string doneKey, Func<AnnualPlan, Task> change, string? fragment = null)
    {
        var plan = await fulfilment.PlanAsync(year);
        if (plan is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await change(plan); return true; });
        TempData[done ? "Status" : "Error"] = done ? text[doneKey] : ModelState.ErrorText();
        return RedirectToAction(nameof(Show), null, new { year }, fragment);
    }

    private async Task<IActionResult> ChangeActivity(int year, int id, string doneKey, Func<PlanActivity, Task> change, RedirectToActionResult? back = null)
    {
        var (_, activity) = await ActivityAsync(year, id);
        if (activity is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await change(activity); return true; });
        TempData[done ? "Status" : "Error"] = done ? text[doneKey] : ModelState.ErrorText();
        return back ?? RedirectToAction(nameof(Show), null, new { year }, $"activity-{id}");
    }
}
