using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Participants;

[Authorize(Roles = Roles.Readers), Route("participants")]
public sealed class ParticipantsController(ParticipantService participants, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, int? page)
    {
        ViewBag.Search = search;
        return View(await participants.ListAsync(search, page));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var details = await participants.DetailsAsync(id);
        return details is null ? NotFound() : View(details);
    }

    [Authorize(Roles = Roles.Planners), HttpPost("{id:int}/merge")]
    public async Task<IActionResult> Merge(int id, int intoId)
    {
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await participants.MergeAsync(id, intoId); return (object?)intoId; });
        if (!done)
        {
            TempData["Error"] = ModelState.ErrorText();
            return RedirectToAction(nameof(Details), new { id });
        }
        TempData["Status"] = text["Participants.Merged"];
        return RedirectToAction(nameof(Details), new { id = intoId });
    }
}
