using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Programmes;

/// <summary>Training programmes: coordinators keep them; management reads them.</summary>
[Authorize(Roles = Roles.Readers), Route("programmes")]
public sealed class ProgrammesController(ProgrammeService programmes, Evaluation.EvaluationService evaluation, TrainingDbContext db, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, bool archived, int? page) => View(await programmes.ListAsync(search, archived, page));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var details = await programmes.DetailsAsync(id);
        if (details is null)
            return NotFound();
        // Evaluation across the programme's sessions: the knowledge gain and the rating.
        ViewData["Evaluation"] = await evaluation.SummaryAsync(await db.Sessions.Where(s => s.ProgrammeId == id).Select(s => s.Id).ToListAsync());
        return View(details);
    }

    [Authorize(Roles = Roles.Planners), HttpGet("new")]
    public async Task<IActionResult> Create() => View("Edit", await programmes.EditorAsync(new ProgrammeForm()));

    [Authorize(Roles = Roles.Planners), HttpPost("new")]
    public Task<IActionResult> Create(ProgrammeForm form) => Save(null, form);

    [Authorize(Roles = Roles.Planners), HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var form = await programmes.FormAsync(id);
        return form is null ? NotFound() : View(await programmes.EditorAsync(form, id));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, ProgrammeForm form) => Save(id, form);

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/archive")]
    public async Task<IActionResult> Archive(int id, bool archived = true)
    {
        if (!await programmes.SetArchivedAsync(id, archived))
            return NotFound();
        TempData["Status"] = text[archived ? "Programme.Archived" : "Programme.Restored"];
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> Save(int? id, ProgrammeForm form)
    {
        var (done, saved) = await ModelState.TrySaveAsync(text, () => programmes.SaveAsync(id, form));
        if (!done)
            return View("Edit", await programmes.EditorAsync(form, id));
        if (saved is null)
            return NotFound();
        TempData["Status"] = text["Programme.Saved"];
        return RedirectToAction(nameof(Details), new { id = saved.Id });
    }
}
