using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Domain.Budgets;
using Training.Domain.Common;
using Training.Domain.Planning;
using Training.Domain.Sessions;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Features.Plans;
using Training.Web.Features.Sessions;
using Training.Web.Shared;

namespace Training.Web.Features.Budgets;

/// <summary>Budgets of sessions and of plan activities, and the year's overview. Planners edit; management reads.</summary>
[Authorize(Roles = Roles.Readers)]
public sealed class BudgetsController(BudgetService budgets, SessionService sessions, FulfilmentService fulfilment, TextCatalog text, TimeProvider clock) : Controller
{
    private bool CanEdit => User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Coordinator);

    [HttpGet("budgets")]
    public async Task<IActionResult> Overview(int? year) =>
        View(await budgets.OverviewAsync(year is >= 2000 and <= 2100 ? year.Value : Belgrade.Today(clock).Year));

    [HttpGet("sessions/{id:int}/budget")]
    public async Task<IActionResult> Session(int id, int? line)
    {
        var session = await sessions.FindAsync(id);
        if (session is null)
            return NotFound();
        var editing = line is int lineId ? await budgets.LineAsync(lineId) : null;
        if (line is not null && editing?.SessionId != id)
            return NotFound();
        return View("Budget", await SessionPageAsync(session, editing is null ? null : BudgetLineForm.Of(editing), editing?.Id));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("sessions/{id:int}/budget")]
    public async Task<IActionResult> SaveSessionLine(int id, int? lineId, [Bind(Prefix = "Form")] BudgetLineForm form)
    {
        var session = await sessions.FindAsync(id);
        if (session is null)
            return NotFound();
        var line = lineId is int existing ? await budgets.LineAsync(existing) : null;
        if (lineId is not null && line?.SessionId != id)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, () => budgets.SaveLineAsync(line, () => BudgetLine.ForSession(id), form, FundingRequired(session)), "Form");
        if (!done)
            return View("Budget", await SessionPageAsync(session, form, lineId));
        TempData["Status"] = text["Budget.LineSaved"];
        return RedirectToAction(nameof(Session), new { id });
    }

    [Authorize(Roles = Roles.Planners), HttpPost("sessions/{id:int}/budget/{lineId:int}/delete")]
    public async Task<IActionResult> DeleteSessionLine(int id, int lineId)
    {
        var line = await budgets.LineAsync(lineId);
        if (line?.SessionId != id)
            return NotFound();
        await budgets.DeleteLineAsync(line);
        TempData["Status"] = text["Budget.LineDeleted"];
        return RedirectToAction(nameof(Session), new { id });
    }

    [Authorize(Roles = Roles.Planners), HttpPost("sessions/{id:int}/budget/trainer-fees")]
    public async Task<IActionResult> TrainerFees(int id, int? fundingSourceId)
    {
        var session = await sessions.FindAsync(id);
        if (session is null)
            return NotFound();
        var (done, added) = await ModelState.TrySaveAsync(text, () => budgets.PrefillTrainerFeesAsync(session, FundingRequired(session), fundingSourceId));
        TempData[done ? "Status" : "Error"] = done ? text["Budget.FeesAdded", added] : ModelState.ErrorText();
        return RedirectToAction(nameof(Session), new { id });
    }

    [HttpGet("plans/{year:int}/activities/{id:int}/budget")]
    public async Task<IActionResult> Activity(int year, int id, int? line)
    {
        var activity = await ActivityAsync(year, id);
        if (activity is null)
            return NotFound();
        var editing = line is int lineId ? await budgets.LineAsync(lineId) : null;
        if (line is not null && editing?.PlanActivityId != id)
            return NotFound();
        return View("Budget", await ActivityPageAsync(year, activity, editing is null ? null : BudgetLineForm.Of(editing), editing?.Id));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("plans/{year:int}/activities/{id:int}/budget")]
    public async Task<IActionResult> SaveActivityLine(int year, int id, int? lineId, [Bind(Prefix = "Form")] BudgetLineForm form)
    {
        var activity = await ActivityAsync(year, id);
        if (activity is null)
            return NotFound();
        var line = lineId is int existing ? await budgets.LineAsync(existing) : null;
        if (lineId is not null && line?.PlanActivityId != id)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, () => budgets.SaveLineAsync(line, () => BudgetLine.ForActivity(id), form, activity.Goal.Plan.IsApproved), "Form");
        if (!done)
            return View("Budget", await ActivityPageAsync(year, activity, form, lineId));
        TempData["Status"] = text["Budget.LineSaved"];
        return RedirectToAction(nameof(Activity), new { year, id });
    }

    [Authorize(Roles = Roles.Planners), HttpPost("plans/{year:int}/activities/{id:int}/budget/{lineId:int}/delete")]
    public async Task<IActionResult> DeleteActivityLine(int year, int id, int lineId)
    {
        var line = await budgets.LineAsync(lineId);
        if (line?.PlanActivityId != id)
            return NotFound();
        await budgets.DeleteLineAsync(line);
        TempData["Status"] = text["Budget.LineDeleted"];
        return RedirectToAction(nameof(Activity), new { year, id });
    }

    /// <summary>Once a session leaves its draft, every line must say where its money comes from.</summary>
    private static bool FundingRequired(TrainingSession session) => session.Status != SessionStatus.Draft;

    private async Task<PlanActivity?> ActivityAsync(int year, int id) =>
        (await fulfilment.PlanAsync(year))?.Goals.SelectMany(g => g.Activities).FirstOrDefault(a => a.Id == id);

    private async Task<BudgetPage> SessionPageAsync(TrainingSession session, BudgetLineForm? form, int? editing)
    {
        var (lines, totals) = await budgets.SessionAsync(session.Id);
        var route = new Dictionary<string, string> { ["id"] = session.Id.ToString(CultureInfo.InvariantCulture) };
        return new BudgetPage(Display.Name(session.Title), Url.Action("Details", "Sessions", new { id = session.Id })!,
            new BudgetActions(nameof(Session), nameof(SaveSessionLine), nameof(DeleteSessionLine), route), lines, [], totals,
            await budgets.SourceChoicesAsync(), CanEdit, FundingRequired(session), CanEdit && session.Trainers.Count > 0, form ?? new BudgetLineForm(), editing)
        { SessionId = session.Id };
    }

    private async Task<BudgetPage> ActivityPageAsync(int year, PlanActivity activity, BudgetLineForm? form, int? editing)
    {
        var (own, ofSessions, totals) = await budgets.ActivityAsync(activity.Id);
        var route = new Dictionary<string, string> { ["year"] = year.ToString(CultureInfo.InvariantCulture), ["id"] = activity.Id.ToString(CultureInfo.InvariantCulture) };
        return new BudgetPage($"{text["Plan.Activity"]} {activity.Code}", Url.Action("Activity", "Plans", new { year, id = activity.Id })!,
            new BudgetActions(nameof(Activity), nameof(SaveActivityLine), nameof(DeleteActivityLine), route),
            own, ofSessions, totals, await budgets.SourceChoicesAsync(), CanEdit, activity.Goal.Plan.IsApproved, false, form ?? new BudgetLineForm(), editing);
    }
}
