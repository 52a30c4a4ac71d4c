using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Trainers;

[Authorize(Roles = Roles.Readers), Route("trainers")]
public sealed class TrainersController(TrainerService trainers, Evaluation.EvaluationService evaluation, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page) => View(await trainers.ListAsync(page));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var details = await trainers.DetailsAsync(id);
        if (details is null)
            return NotFound();
        ViewData["Ratings"] = await evaluation.TrainerRatingsAsync(id);
        return View(details);
    }

    [Authorize(Roles = Roles.Planners), HttpGet("new")]
    public async Task<IActionResult> Create() => View("Edit", await trainers.EditorAsync(new TrainerForm()));

    [Authorize(Roles = Roles.Planners), HttpPost("new")]
    public Task<IActionResult> Create(TrainerForm form) => Save(null, form);

    [Authorize(Roles = Roles.Planners), HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var form = await trainers.FormAsync(id);
        return form is null ? NotFound() : View(await trainers.EditorAsync(form, id));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, TrainerForm form) => Save(id, form);

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/unavailable")]
    public async Task<IActionResult> Unavailable(int id, [Bind(Prefix = "Unavailable")] UnavailabilityForm form)
    {
        var details = await trainers.DetailsAsync(id);
        if (details is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, () => trainers.MarkUnavailableAsync(details.Trainer, form), "Unavailable");
        if (!done)
            return View("Details", details with { Unavailable = form });
        TempData["Status"] = text["Trainer.UnavailableSaved"];
        return RedirectToAction(nameof(Details), new { id });
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/unavailable/{periodId:int}/remove")]
    public async Task<IActionResult> RemoveUnavailable(int id, int periodId)
    {
        if (!await trainers.RemoveUnavailabilityAsync(id, periodId))
            return NotFound();
        TempData["Status"] = text["Trainer.UnavailableRemoved"];
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> Save(int? id, TrainerForm form)
    {
        var (done, saved) = await ModelState.TrySaveAsync(text, () => trainers.SaveAsync(id, form));
        if (!done)
            return View("Edit", await trainers.EditorAsync(form, id));
        if (saved is null)
            return NotFound();
        TempData["Status"] = text["Trainer.Saved"];
        return RedirectToAction(nameof(Details), new { id = saved.Id });
    }
}
