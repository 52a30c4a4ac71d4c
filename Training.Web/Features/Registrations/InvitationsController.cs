using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;

namespace Training.Web.Features.Registrations;

/// <summary>The coordinator invites people to a session from a pasted list of addresses.</summary>
[Authorize(Roles = Roles.Planners), Route("sessions/{id:int}/invite")]
public sealed class InvitationsController(RegistrationService registrations, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Invite(int id)
    {
        var session = await registrations.SessionAsync(id);
        return session is null ? NotFound() : View(new InvitePage(session, new InviteForm { Culture = session.Language }, []));
    }

    [HttpPost("")]
    public async Task<IActionResult> Invite(int id, InviteForm form)
    {
        var session = await registrations.SessionAsync(id);
        if (session is null)
            return NotFound();
        if (!ModelState.IsValid)
            return View(new InvitePage(session, form, []));
        var (report, sent) = await registrations.InviteAsync(session, form);
        if (sent == 0)
        {
            ModelState.AddModelError("", report.Count == 0 ? text["Invite.NothingToSend"] : text["Invite.FixOrSendValid"]);
            return View(new InvitePage(session, form, report));
        }
        TempData["Status"] = text["Invite.Sent", sent];
        return Redirect($"/sessions/{id}");
    }
}
