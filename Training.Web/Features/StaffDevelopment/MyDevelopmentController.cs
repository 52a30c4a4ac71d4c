using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Domain.Common;
using Training.Infrastructure.Identity;
using Training.Web.Features.Supervision;

namespace Training.Web.Features.StaffDevelopment;

/// <summary>
/// A professional's own page: their plan, records, supervision hours and licence points. Every address
/// here is about the signed-in person only; a colleague's certificate or supervision session is a 404.
/// </summary>
[Authorize(Roles = Roles.Staff), Route("me")]
public sealed class MyDevelopmentController(StaffService staff, StaffRecordService records, DevelopmentPlanService plans, SupervisionService supervision, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year)
    {
        var me = await staff.OfUserAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        if (me is null)
            return View("NotStaff");
        return View("Mine", await records.RecordAsync(me.Id, year ?? Belgrade.Today(clock).Year));
    }

    [HttpGet("supervision/{id:int}")]
    public async Task<IActionResult> Supervision(int id)
    {
        var me = await staff.OfUserAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var session = me is null ? null : await supervision.DetailsAsync(id);
        if (session is null || !session.Session.Attended(me!.Id))
            return NotFound();
        return View("/Features/Supervision/Details.cshtml", await supervision.ReadAsync(id));
    }

    [HttpGet("certificates/{itemId:int}")]
    public async Task<IActionResult> Certificate(int itemId)
    {
        var me = await staff.OfUserAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var item = me is null ? null : await plans.ItemAsync(itemId);
        return item?.CertificateStoredName is null || item.StaffMemberId != me!.Id
            ? NotFound()
            : File(plans.OpenCertificate(item), item.CertificateContentType!, item.CertificateFileName);
    }
}
