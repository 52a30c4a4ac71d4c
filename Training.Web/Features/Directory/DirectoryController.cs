using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Directory;

/// <summary>The institution directory: coordinators keep it; management reads it.</summary>
[Authorize(Roles = Roles.Readers), Route("directory")]
public sealed class DirectoryController(DirectoryService directory, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] DirectoryFilter filter) =>
        View(new DirectoryPage(filter, await directory.ListAsync(filter), await directory.ChoicesAsync()));

    [Authorize(Roles = Roles.Planners), HttpGet("new")]
    public async Task<IActionResult> Create() => View("Edit", new OrganisationEditor(new OrganisationForm(), await directory.ChoicesAsync()));

    [Authorize(Roles = Roles.Planners), HttpPost("new")]
    public Task<IActionResult> Create(OrganisationForm form) => Save(null, form);

    [Authorize(Roles = Roles.Planners), HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var form = await directory.FormAsync(id);
        return form is null ? NotFound() : View(new OrganisationEditor(form, await directory.ChoicesAsync()));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, OrganisationForm form) => Save(id, form);

    private async Task<IActionResult> Save(int? id, OrganisationForm form)
    {
        var (done, saved) = await ModelState.TrySaveAsync(text, () => directory.SaveAsync(id, form));
        if (!done)
            return View("Edit", new OrganisationEditor(form, await directory.ChoicesAsync()) { Id = id });
        if (saved is null)
            return NotFound();
        TempData["Status"] = text["Directory.Saved"];
        return RedirectToAction(nameof(Index));
    }
}
