using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Domain.Planning;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Plans;

/// <summary>
/// Planners record the trainings partners organise with the Centre's trainers taking part, and count a session
/// of another activity towards this one too; both show on the activity's page and in the plan's figures.
/// </summary>
[Authorize(Roles = Roles.Planners), Route("plans/{year:int}")]
public sealed class PartnerTrainingsController(PartnerTrainingService partners, FulfilmentService fulfilment, TextCatalog text) : Controller
{
    private string By => User.Identity?.Name ?? "?";

    [HttpGet("activities/{id:int}/partner-trainings/new")]
    public async Task<IActionResult> New(int year, int id)
    {
        var activity = await ActivityAsync(year, id);
        return activity is null ? NotFound() : View("PartnerTraining", await partners.EditorAsync(year, activity, null, new PartnerTrainingForm()));
    }

    [HttpPost("activities/{id:int}/partner-trainings/new")]
    public async Task<IActionResult> New(int year, int id, PartnerTrainingForm form)
    {
        var activity = await ActivityAsync(year, id);
        if (activity is null)
            return NotFound();
        return await SaveAsync(year, activity, null, form);
    }

    [HttpGet("partner-trainings/{trainingId:int}")]
    public async Task<IActionResult> Edit(int year, int trainingId)
    {
        var (activity, training) = await TrainingAsync(year, trainingId);
        return training is null ? NotFound() : View("PartnerTraining", await partners.EditorAsync(year, activity!, trainingId, PartnerTrainingService.FormOf(training)));
    }

    [HttpPost("partner-trainings/{trainingId:int}")]
    public async Task<IActionResult> Edit(int year, int trainingId, PartnerTrainingForm form)
    {
        var (activity, training) = await TrainingAsync(year, trainingId);
        if (training is null)
            return NotFound();
        return await SaveAsync(year, activity!, training, form);
    }

    [HttpPost("partner-trainings/{trainingId:int}/delete")]
    public async Task<IActionResult> Delete(int year, int trainingId)
    {
        var (activity, training) = await TrainingAsync(year, trainingId);
        if (training is null)
            return NotFound();
        await partners.DeleteAsync(training);
        TempData["Status"] = text["PartnerTraining.Deleted"];
        return RedirectToAction("Activity", "Plans", new { year, id = activity!.Id }, "partner-trainings");
    }

    /// <summary>Counts a session of another activity towards this one too (<paramref name="count"/>), or stops counting it.</summary>
    [HttpPost("activities/{id:int}/also-counts")]
    public async Task<IActionResult> AlsoCounts(int year, int id, int? sessionId, bool count = true)
    {
        var activity = await ActivityAsync(year, id);
        if (activity is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await partners.CountSessionAsync(year, id, sessionId, count); return true; });
        TempData[done ? "Status" : "Error"] = done ? text[count ? "Plan.SessionAlsoCounted" : "Plan.SessionNoLongerCounted"] : ModelState.ErrorText();
        return RedirectToAction("Activity", "Plans", new { year, id }, "sessions-heading");
    }

    private async Task<IActionResult> SaveAsync(int year, PlanActivity activity, PartnerTraining? training, PartnerTrainingForm form)
    {
        var (done, _) = await ModelState.TrySaveAsync(text, () => partners.SaveAsync(year, activity.Id, training, form, By));
        if (!done)
            return View("PartnerTraining", await partners.EditorAsync(year, activity, training?.Id, form));
        TempData["Status"] = text["PartnerTraining.Saved"];
        return RedirectToAction("Activity", "Plans", new { year, id = activity.Id }, "partner-trainings");
    }

    private async Task<PlanActivity?> ActivityAsync(int year, int id) =>
        (await fulfilment.PlanAsync(year))?.Goals.SelectMany(g => g.Activities).FirstOrDefault(a => a.Id == id);

    private async Task<(PlanActivity? Activity, PartnerTraining? Training)> TrainingAsync(int year, int trainingId)
    {
        var training = await partners.FindAsync(trainingId);
        var activity = training is null ? null : await ActivityAsync(year, training.PlanActivityId);
        return activity is null ? (null, null) : (activity, training);
    }
}
