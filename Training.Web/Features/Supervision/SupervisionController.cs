using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Domain.Common;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Supervision;

/// <summary>Management's record of external supervision. Confidential notes are why no other role may open it.</summary>
[Authorize(Roles = Roles.Management), Route("supervision")]
public sealed class SupervisionController(SupervisionService supervision, TextCatalog text, TimeProvider clock) : Controller
{
    private string By => User.Identity?.Name ?? "?";

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, int? page) => View(await supervision.PageAsync(year ?? Belgrade.Today(clock).Year, page));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var details = await supervision.ReadAsync(id);
        return details is null ? NotFound() : View(details);
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create() => View("Edit", await supervision.EditorAsync(new SupervisionForm { Date = Belgrade.Today(clock) }));

    [HttpPost("new")]
    public Task<IActionResult> Create(SupervisionForm form) => Save(null, form);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var form = await supervision.FormAsync(id);
        return form is null ? NotFound() : View(await supervision.EditorAsync(form, id));
    }

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, SupervisionForm form) => Save(id, form);

    private async Task<IActionResult> Save(int? id, SupervisionForm form)
    {
        var (done, saved) = await ModelState.TrySaveAsync(text, () => supervision.SaveAsync(id, form, By));
        if (!done)
            return View("Edit", await supervision.EditorAsync(form, id));
        if (saved is null)
            return NotFound();
        TempData["Status"] = text["Supervision.Saved"];
        return RedirectToAction(nameof(Details), new { id = saved.Id });
    }

    [HttpGet("supervisors/new")]
    public IActionResult CreateSupervisor() => View("Supervisor", new SupervisorEditor(new SupervisorForm()));

    [HttpPost("supervisors/new")]
    public Task<IActionResult> CreateSupervisor(SupervisorForm form) => SaveSupervisor(null, form);

    [HttpGet("supervisors/{id:int}/edit")]
    public async Task<IActionResult> EditSupervisor(int id)
    {
        var form = await supervision.SupervisorFormAsync(id);
        return form is null ? NotFound() : View("Supervisor", new SupervisorEditor(form) { Id = id });
    }

    [HttpPost("supervisors/{id:int}/edit")]
    public Task<IActionResult> EditSupervisor(int id, SupervisorForm form) => SaveSupervisor(id, form);

    private async Task<IActionResult> SaveSupervisor(int? id, SupervisorForm form)
    {
        var (done, saved) = await ModelState.TrySaveAsync(text, () => supervision.SaveSupervisorAsync(id, form));
        if (!done)
            return View("Supervisor", new SupervisorEditor(form) { Id = id });
        if (saved is null)
            return NotFound();
        TempData["Status"] = text["Supervisor.Saved"];
        return RedirectToAction(nameof(Index));
    }
}
