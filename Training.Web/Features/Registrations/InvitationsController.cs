using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Registrations;

/// <summary>The coordinator invites people to a session from a pasted list of addresses.</summary>
[Authorize(Roles = Roles.Planners), Route("sessions/{id:int}/invite")]
public sealed class InvitationsController(RegistrationService registrations, InvitationService invitations, TextCatalog text) : Controller
{
    private const long MaxCsvBytes = 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Invite(int id, int? district, string? sector)
    {
        var session = await registrations.SessionAsync(id);
        if (session is null)
            return NotFound();
        return View(new InvitePage(session, new InviteForm { Culture = session.Language }, []) { Directory = await invitations.DirectoryPickAsync(district, sector) });
    }

    [HttpPost(""), RequestSizeLimit(2 * 1024 * 1024)]
    public async Task<IActionResult> Invite(int id, InviteForm form)
    {
        var session = await registrations.SessionAsync(id);
        if (session is null)
            return NotFound();
        if (form.File is { Length: > 0 })
        {
            if (form.File.Length > MaxCsvBytes || !form.File.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                ModelState.AddModelError("File", text["Invite.CsvInvalid"]);
            else
            {
                using var reader = new StreamReader(form.File.OpenReadStream(), System.Text.Encoding.UTF8);
                form.CsvText = await reader.ReadToEndAsync();
            }
        }
        if (form.CsvText is null && string.IsNullOrWhiteSpace(form.Addresses) && form.OrganisationIds.Count == 0 && ModelState.IsValid)
            ModelState.AddModelError("Addresses", text["Validation.Required"]);
        if (!ModelState.IsValid)
            return View(new InvitePage(session, form, []) { Directory = await invitations.DirectoryPickAsync(null, null) });
        var (report, sent) = await invitations.InviteAsync(session, form);
        if (sent == 0)
        {
            ModelState.AddModelError("", report.Count == 0 ? text["Invite.NothingToSend"] : text["Invite.FixOrSendValid"]);
            return View(new InvitePage(session, form, report) { Directory = await invitations.DirectoryPickAsync(null, null) });
        }
        TempData["Status"] = text["Invite.Sent", sent];
        return RedirectToAction("Details", "Sessions", new { id });
    }

    [HttpPost("quota")]
    public async Task<IActionResult> Quota(int id, [Bind(Prefix = "Quota")] QuotaForm form)
    {
        var session = await registrations.SessionAsync(id);
        if (session is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, () => invitations.CreateQuotaAsync(session, form, session.Language), "Quota");
        if (done)
            TempData["Status"] = text["Quota.Sent"];
        else
            TempData["Error"] = ModelState.ErrorText();
        return RedirectToAction(nameof(Invite), new { id });
    }

    [HttpPost("{invitationId:int}/resend")]
    public async Task<IActionResult> Resend(int id, int invitationId)
    {
        var session = await registrations.SessionAsync(id);
        if (session is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await invitations.ResendInvitationAsync(session, invitationId); return true; });
        TempData[done ? "Status" : "Error"] = done ? text["Invite.Resent"] : ModelState.ErrorText();
        return RedirectToAction("Details", "Sessions", new { id }, "registrations-heading");
    }
}
