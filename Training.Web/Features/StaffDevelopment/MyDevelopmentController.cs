using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Domain.Common;
using Training.Infrastructure.Identity;

namespace Training.Web.Features.StaffDevelopment;

/// <summary>
/// A professional's own page: their plan, records, supervision hours and licence points. Every address
/// here is about the signed-in person only; a colleague's certificate is a 404 (their own supervision sessions open
/// in the supervision feature, under the same /me address).
/// </summary>
[Authorize(Roles = Roles.Staff), Route("me")]
public sealed class MyDevelopmentController(StaffService staff, StaffRecordService records, DevelopmentPlanService plans, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year)
    {
        var me = await staff.OfUserAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        if (me is null)
            return View("NotStaff");
        return View("Mine", await records.RecordAsync(me.Id, year ?? Belgrade.Today(clock).Year));
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
