using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Programmes;

/// <summary>The accrediting bodies as reference data: planners add and rename them without a change to the code.</summary>
[Authorize(Roles = Roles.Planners), Route("programmes/accrediting-bodies")]
public sealed class AccreditingBodiesController(AccreditingBodyService bodies, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? edit)
    {
        var list = await bodies.ListAsync();
        var editing = edit is int id ? list.FirstOrDefault(b => b.Id == id) : null;
        var form = editing is null ? new AccreditingBodyForm() : new AccreditingBodyForm { Name = editing.Name, Abbreviation = editing.Abbreviation, AsksLicenceNumber = editing.AsksLicenceNumber };
        return View("AccreditingBodies", new AccreditingBodiesPage(list, form, editing?.Id));
    }

    [HttpPost("")]
    public Task<IActionResult> Add(AccreditingBodyForm form) => SaveAsync(null, form);

    [HttpPost("{id:int}")]
    public Task<IActionResult> Change(int id, AccreditingBodyForm form) => SaveAsync(id, form);

    private async Task<IActionResult> SaveAsync(int? id, AccreditingBodyForm form)
    {
        var body = id is int known ? await bodies.FindAsync(known) : null;
        if (id is not null && body is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, () => bodies.SaveAsync(body, form));
        if (!done)
            return View("AccreditingBodies", new AccreditingBodiesPage(await bodies.ListAsync(), form, id));
        TempData["Status"] = text["AccreditingBodies.Saved"];
        return RedirectToAction(nameof(Index));
    }
}
