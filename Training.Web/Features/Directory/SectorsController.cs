using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Directory;

/// <summary>The sectors as reference data: an administrator adds and renames them without a change to the code.</summary>
[Authorize(Roles = Roles.Administrator), Route("directory/sectors")]
public sealed class SectorsController(SectorService sectors, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? edit)
    {
        var list = await sectors.ListAsync();
        var editing = edit is int id ? list.FirstOrDefault(s => s.Id == id) : null;
        var form = editing is null ? new SectorForm() : new SectorForm { Name = editing.Name, NameEnglish = editing.NameEnglish };
        return View("Sectors", new SectorsPage(list, form, editing?.Id));
    }

    [HttpPost("")]
    public Task<IActionResult> Add(SectorForm form) => SaveAsync(null, form);

    [HttpPost("{id:int}")]
    public Task<IActionResult> Rename(int id, SectorForm form) => SaveAsync(id, form);

    private async Task<IActionResult> SaveAsync(int? id, SectorForm form)
    {
        var sector = id is int known ? await sectors.FindAsync(known) : null;
        if (id is not null && sector is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, () => sectors.SaveAsync(sector, form));
        if (!done)
            return View("Sectors", new SectorsPage(await sectors.ListAsync(), form, id));
        TempData["Status"] = text["Sectors.Saved"];
        return RedirectToAction(nameof(Index));
    }
}
