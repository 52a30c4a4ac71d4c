using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Domain.Common;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.StaffDevelopment;

/// <summary>The Centre's professionals: who they are, their licences, and each one's record.</summary>
[Authorize(Roles = Roles.Readers), Route("staff")]
public sealed class StaffController(StaffService staff, StaffRecordService records, TextCatalog text, TimeProvider clock) : Controller
{
    private int ThisYear => Belgrade.Today(clock).Year;

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year) => View("Staff", await staff.PageAsync(year ?? ThisYear));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, int? year)
    {
        var record = await records.RecordAsync(id, year ?? ThisYear);
        return record is null ? NotFound() : View("Person", record);
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create() => View("Edit", await staff.EditorAsync(new StaffForm()));

    [HttpPost("new")]
    public Task<IActionResult> Create(StaffForm form) => Save(null, form);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var form = await staff.FormAsync(id);
        return form is null ? NotFound() : View(await staff.EditorAsync(form, id));
    }

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, StaffForm form) => Save(id, form);

    private async Task<IActionResult> Save(int? id, StaffForm form)
    {
        var (done, saved) = await ModelState.TrySaveAsync(text, () => staff.SaveAsync(id, form));
        if (!done)
            return View("Edit", await staff.EditorAsync(form, id));
        if (saved is null)
            return NotFound();
        TempData["Status"] = text["Staff.Saved"];
        return RedirectToAction(nameof(Details), new { id = saved.Id });
    }
}
