using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;
using Training.Web.Features.StaffDevelopment;

namespace Training.Web.Features.Supervision;

/// <summary>
/// A professional's own supervision session, opened from their page (<c>/me</c>): only a session they attended;
/// a colleague's is a 404, like everything else under <c>/me</c>.
/// </summary>
[Authorize(Roles = Roles.Staff), Route("me")]
public sealed class MySupervisionController(StaffService staff, SupervisionService supervision) : Controller
{
    [HttpGet("supervision/{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var me = await staff.OfUserAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var session = me is null ? null : await supervision.DetailsAsync(id);
        if (session is null || !session.Session.Attended(me!.Id))
            return NotFound();
        return View(await supervision.ReadAsync(id));
    }
}
