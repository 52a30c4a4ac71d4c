using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Domain.Sessions;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Web.Features.Sessions;
using Training.Web.Shared;

namespace Training.Web.Features.Certificates;

/// <summary>The coordinator's certificates of a session: eligibility, issuing, revoking, correcting a name.</summary>
[Authorize(Roles = Roles.Planners), Route("sessions/{id:int}/certificates")]
public sealed class CertificatesController(SessionService sessions, CertificateService certificates, IBackgroundJobClient jobs, TextCatalog text) : Controller
{
    private string By => User.Identity?.Name ?? "?";

    [HttpGet("")]
    public async Task<IActionResult> Index(int id)
    {
        var session = await sessions.FindAsync(id);
        return session is null ? NotFound() : View(await certificates.PageAsync(session));
    }

    /// <summary>Issues to everyone eligible (no participant), or to one person, with a reason when they are not eligible.</summary>
    [HttpPost("issue")]
    public async Task<IActionResult> Issue(int id, int? participantId, string? overrideReason)
    {
        var session = await sessions.FindAsync(id);
        if (session is null)
            return NotFound();
        var (done, issued) = await ModelState.TrySaveAsync(text, () =>
            certificates.IssueAsync(session, participantId is int one ? [one] : null, overrideReason, By));
        if (!done)
        {
            TempData["Error"] = ModelState.ErrorText();
            return RedirectToAction(nameof(Index), new { id });
        }
        if (issued > 0)
            jobs.Enqueue<CertificateJob>(job => job.RunAsync());
        TempData["Status"] = text["Certificates.Issued", issued];
        return RedirectToAction(nameof(Index), new { id });
    }

    /// <summary>This session's own completion rule; empty follows the programme again.</summary>
    [HttpPost("rule")]
    public Task<IActionResult> Rule(int id, int? percent) =>
        Change(id, "Certificates.RuleSaved", session => certificates.SetRuleAsync(session, percent));

    [HttpPost("{certificateId:int}/revoke")]
    public Task<IActionResult> Revoke(int id, int certificateId, string? reason) =>
        Change(id, "Certificates.Revoked", session => certificates.RevokeAsync(session, certificateId, reason, By));

    [HttpPost("{certificateId:int}/correct")]
    public Task<IActionResult> Correct(int id, int certificateId, string? fullName) =>
        Change(id, "Certificates.Corrected", async session =>
        {
            await certificates.CorrectNameAsync(session, certificateId, fullName, By);
            jobs.Enqueue<CertificateJob>(job => job.RunAsync());
        });

    [HttpGet("{certificateId:int}/file")]
    public async Task<IActionResult> File(int id, int certificateId)
    {
        var session = await sessions.FindAsync(id);
        var page = session is null ? null : await certificates.PageAsync(session);
        var certificate = page?.Candidates.SelectMany(c => c.Certificates).FirstOrDefault(c => c.Id == certificateId);
        var content = certificate is null ? null : await certificates.FileAsync(certificate.Id);
        return content is null ? NotFound() : File(content, "application/pdf", CertificateService.FileName(certificate!));
    }

    private async Task<IActionResult> Change(int id, string doneKey, Func<TrainingSession, Task> change)
    {
        var session = await sessions.FindAsync(id);
        if (session is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await change(session); return true; });
        TempData[done ? "Status" : "Error"] = done ? text[doneKey] : ModelState.ErrorText();
        return RedirectToAction(nameof(Index), new { id });
    }
}
