using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Venues;

[Authorize(Roles = Roles.Readers), Route("venues")]
public sealed class VenuesController(VenueService venues, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page) => View(await venues.ListAsync(page));

    [Authorize(Roles = Roles.Planners), HttpGet("new")]
    public async Task<IActionResult> Create() => View("Edit", await venues.EditorAsync(new VenueForm()));

    [Authorize(Roles = Roles.Planners), HttpPost("new")]
    public Task<IActionResult> Create(VenueForm form) => Save(null, form);

    [Authorize(Roles = Roles.Planners), HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var form = await venues.FormAsync(id);
        return form is null ? NotFound() : View(await venues.EditorAsync(form, id));
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, VenueForm form) => Save(id, form);

    private async Task<IActionResult> Save(int? id, VenueForm form)
    {
        var (done, saved) = await ModelState.TrySaveAsync(text, () => venues.SaveAsync(id, form));
        if (!done)
            return View("Edit", await venues.EditorAsync(form, id));
        if (saved is null)
            return NotFound();
        TempData["Status"] = text["Venue.Saved"];
        return RedirectToAction(nameof(Index));
    }
}
