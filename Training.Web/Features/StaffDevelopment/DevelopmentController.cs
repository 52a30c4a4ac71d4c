using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Domain.Common;
using Training.Infrastructure.Files;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.StaffDevelopment;

/// <summary>The annual professional development plan: drawn up by the coordinator, approved by management, kept through the year.</summary>
[Authorize(Roles = Roles.Readers), Route("development")]
public sealed class DevelopmentController(DevelopmentPlanService plans, StaffRecordService records, TextCatalog text, TimeProvider clock) : Controller
{
    private string By => User.Identity?.Name ?? "?";

    private bool CanApprove => User.IsInRole(Roles.Management);

    [HttpGet("")]
    public IActionResult Current() => RedirectToAction(nameof(Index), new { year = Belgrade.Today(clock).Year });

    [HttpGet("{year:int}")]
    public async Task<IActionResult> Index(int year) => await Show(year, new DevelopmentItemForm());

    [HttpPost("{year:int}")]
    public async Task<IActionResult> Create(int year)
    {
        if (year is < 2000 or > 2100)
            return NotFound();
        await plans.CreateAsync(year);
        TempData["Status"] = text["Development.Created", year];
        return RedirectToAction(nameof(Index), new { year });
    }

    [HttpPost("{year:int}/target")]
    public async Task<IActionResult> Target(int year, decimal? hours)
    {
        var (done, plan) = await ModelState.TrySaveAsync(text, () => plans.SetSupervisionTargetAsync(year, hours));
        if (done && plan is null)
            return NotFound();
        TempData[done ? "Status" : "Error"] = done ? text["Development.TargetSaved"] : ModelState.ErrorText();
        return RedirectToAction(nameof(Index), new { year });
    }

    [HttpPost("{year:int}/items")]
    public async Task<IActionResult> AddItem(int year, [Bind(Prefix = "Form")] DevelopmentItemForm form)
    {
        var (done, item) = await ModelState.TrySaveAsync(text, () => plans.AddItemAsync(year, form), "Form");
        if (!done)
            return await Show(year, form);
        if (item is null)
            return NotFound();
        TempData["Status"] = text["Development.ItemAdded"];
        return RedirectToAction(nameof(Index), null, new { year }, $"staff-{item.StaffMemberId}");
    }

    [Authorize(Roles = Roles.Management), HttpPost("{year:int}/approve")]
    public async Task<IActionResult> Approve(int year)
    {
        var (done, plan) = await ModelState.TrySaveAsync(text, () => plans.ApproveAsync(year, By));
        if (done && plan is null)
            return NotFound();
        TempData[done ? "Status" : "Error"] = done ? text["Development.Approved"] : ModelState.ErrorText();
        return RedirectToAction(nameof(Index), new { year });
    }

    [HttpGet("items/{id:int}/edit")]
    public async Task<IActionResult> EditItem(int id)
    {
        var item = await plans.ItemAsync(id);
        return item is null ? NotFound() : View("EditItem", new ItemEditor(item, await plans.StaffNameAsync(item.StaffMemberId), DevelopmentPlanService.FormOf(item), await plans.ChoicesAsync()));
    }

    [HttpPost("items/{id:int}/edit")]
    public async Task<IActionResult> EditItem(int id, DevelopmentItemForm form)
    {
        var (done, item) = await ModelState.TrySaveAsync(text, () => plans.ReviseItemAsync(id, form));
        if (done && item is null)
            return NotFound();
        if (!done)
        {
            var current = await plans.ItemAsync(id);
            return current is null ? NotFound() : View("EditItem", new ItemEditor(current, await plans.StaffNameAsync(current.StaffMemberId), form, await plans.ChoicesAsync()));
        }
        TempData["Status"] = text["Development.ItemSaved"];
        return RedirectToAction(nameof(Index), null, new { year = item!.Plan.Year }, $"staff-{item.StaffMemberId}");
    }

    [Authorize(Roles = Roles.Management), HttpPost("items/{id:int}/approve")]
    public Task<IActionResult> ApproveItem(int id) => Decide(id, approve: true);

    [HttpPost("items/{id:int}/cancel")]
    public Task<IActionResult> CancelItem(int id) => Decide(id, approve: false);

    private async Task<IActionResult> Decide(int id, bool approve)
    {
        var (done, item) = await ModelState.TrySaveAsync(text, () => plans.DecideAsync(id, approve));
        if (done && item is null)
            return NotFound();
        TempData[done ? "Status" : "Error"] = done ? text[approve ? "Development.ItemApproved" : "Development.ItemCancelled"] : ModelState.ErrorText();
        var current = item ?? await plans.ItemAsync(id);
        return RedirectToAction(nameof(Index), null, new { year = current!.Plan.Year }, $"staff-{current.StaffMemberId}");
    }

    [HttpGet("items/{id:int}/attended")]
    public async Task<IActionResult> Attended(int id)
    {
        var item = await plans.ItemAsync(id);
        return item is null ? NotFound() : View(new AttendedEditor(item, await plans.StaffNameAsync(item.StaffMemberId), new AttendedForm { Hours = item.Hours, Points = item.Points }));
    }

    [HttpPost("items/{id:int}/attended"), RequestSizeLimit(UploadInspector.MaxBytes + 1024 * 1024)]
    public async Task<IActionResult> Attended(int id, AttendedForm form)
    {
        var (done, item) = await ModelState.TrySaveAsync(text, () => plans.RecordAttendedAsync(id, form, By));
        if (done && item is null)
            return NotFound();
        if (!done)
        {
            var current = await plans.ItemAsync(id);
            return current is null ? NotFound() : View(new AttendedEditor(current, await plans.StaffNameAsync(current.StaffMemberId), form));
        }
        TempData["Status"] = text["Development.AttendedSaved"];
        return RedirectToAction(nameof(Index), null, new { year = item!.Plan.Year }, $"staff-{item.StaffMemberId}");
    }

    [HttpGet("items/{id:int}/certificate")]
    public async Task<IActionResult> Certificate(int id)
    {
        var item = await plans.ItemAsync(id);
        return item?.CertificateStoredName is null ? NotFound() : File(plans.OpenCertificate(item), item.CertificateContentType!, item.CertificateFileName);
    }

    private async Task<IActionResult> Show(int year, DevelopmentItemForm form)
    {
        if (year is < 2000 or > 2100)
            return NotFound();
        return View("Plan", new DevelopmentPage(await records.YearAsync(year, withFunding: true), await plans.ChoicesAsync(), form, CanApprove));
    }
}
