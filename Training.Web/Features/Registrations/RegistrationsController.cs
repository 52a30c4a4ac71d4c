using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Registrations;

/// <summary>The coordinator's work on a session's registrations: add a person, move between lists, export.</summary>
[Authorize(Roles = Roles.Planners), Route("sessions/{id:int}/registrations")]
public sealed class RegistrationsController(RegistrationService registrations, InvitationService invitations, RegistrationListService lists, RegistrationEmails emails, Audit.AuditService audit, TextCatalog text) : Controller
{
    [HttpPost("add")]
    public async Task<IActionResult> Add(int id, [Bind(Prefix = "Add")] ManualRegistrationForm form)
    {
        var session = await registrations.SessionAsync(id);
        if (session is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, () => registrations.AddManuallyAsync(session, form), "Add");
        TempData[done ? "Status" : "Error"] = done ? text["Registrations.Added"] : ModelState.ErrorText();
        return RedirectToAction("Details", "Sessions", new { id }, "registrations-heading");
    }

    [HttpPost("{registrationId:int}/move")]
    public async Task<IActionResult> Move(int id, int registrationId, bool confirm, string? overrideReason)
    {
        var session = await registrations.SessionAsync(id);
        if (session is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await registrations.MoveAsync(session, registrationId, confirm, overrideReason); return true; });
        TempData[done ? "Status" : "Error"] = done ? text["Registrations.Moved"] : ModelState.ErrorText();
        return RedirectToAction("Details", "Sessions", new { id }, "registrations-heading");
    }

    /// <summary>Switches the open link on (a new link, shown once) or off.</summary>
    [HttpPost("open-link")]
    public async Task<IActionResult> OpenLink(int id, bool on)
    {
        var session = await registrations.SessionAsync(id);
        if (session is null)
            return NotFound();
        var token = await invitations.SetOpenLinkAsync(session, on);
        TempData["Status"] = token is null ? text["Registrations.OpenLinkOff"] : text["Registrations.OpenLinkOn", emails.OpenLinkFor(token)];
        return RedirectToAction("Details", "Sessions", new { id }, "registrations-heading");
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportXlsx(int id)
    {
        var session = await registrations.SessionAsync(id);
        if (session is null)
            return NotFound();
        await audit.RecordAsync("PersonalData.Exported", "TrainingSession", id, "file=registrations.xlsx");
        return File(await lists.ExportXlsxAsync(id, text), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"prijave-{id}.xlsx");
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(int id)
    {
        var session = await registrations.SessionAsync(id);
        if (session is null)
            return NotFound();
        await audit.RecordAsync("PersonalData.Exported", "TrainingSession", id, "file=registrations.csv");
        return File(await lists.ExportCsvAsync(id, text), "text/csv; charset=utf-8", $"prijave-{id}.csv");
    }
}
