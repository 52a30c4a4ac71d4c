using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Domain.Common;
using Training.Domain.Evaluation;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Links;
using Training.Web.Shared;
using Training.Web.Startup;

namespace Training.Web.Features.Registrations;

/// <summary>
/// The participant's page behind the personal link in their email: no account, no sign-in.
/// GET only shows (mail scanners open links); every change is a POST with antiforgery.
/// Redirects are written out, not generated: lower-case URLs would break the case-sensitive token.
/// The link acts only for its own person (<see cref="LinkService"/> finds them; the form's address is never looked up).
/// </summary>
[AllowAnonymous, TokenPage, Route("r/{token}"), Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Public), CountsMisses(RateLimits.TokenMisses)]
public sealed class ParticipantLinksController(LinkService links, LinkCookie linkCookie, RegistrationService registrations, InvitationService invitations, RegistrationEmails emails,
    Materials.MaterialService materials, Evaluation.EvaluationService evaluation, Microsoft.Extensions.Options.IOptions<Evaluation.EvaluationOptions> evaluationOptions,
    Certificates.CertificateService certificates, Certificates.CertificateRecordService certificateRecord, TrainingDbContext db, TimeProvider clock, TextCatalog text) : Controller
{
    // Mail scanners probe links with HEAD as well as GET; both only read.
    [HttpGet(""), HttpHead("")]
    public async Task<IActionResult> Show(string token, bool cancel = false)
    {
        var link = await ResolveAsync(token);
        if (link is null)
            return NotFound();
        if (!LinkCookie.IsHandle(token))
        {
            // First use: the token moves into a cookie and out of the address bar, the history and any Referer.
            var inAddress = linkCookie.Write(Response, link.Token, link.Hash);
            return Redirect($"/r/{inAddress}{Request.QueryString}");
        }
        var target = link.Target;
        return View("Page", await PageAsync(token, target, FormFor(target)) with { ConfirmCancel = cancel && target.Registration?.HoldsSeat != false });
    }

    [HttpPost("")]
    public async Task<IActionResult> Register(string token, RegistrationForm form)
    {
        var link = await ResolveAsync(token);
        if (link is null)
            return NotFound();
        if (link.Target.Registration is not null)
            return Redirect($"/r/{token}");
        var (done, _) = await ModelState.TrySaveAsync(text, () => registrations.RegisterAsync(link, form));
        if (!done)
            return View("Page", await PageAsync(token, link.Target, form));
        return Redirect($"/r/{token}");
    }

    [HttpPost("renew")]
    public async Task<IActionResult> Renew(string token)
    {
        var link = await ResolveAsync(token);
        if (link?.Target.Invitation is null)
            return NotFound();
        var (done, renewed) = await ModelState.TrySaveAsync(text, () => invitations.RenewExpiredInvitationAsync(link.Target));
        if (!done)
            return View("Page", await PageAsync(token, link.Target, FormFor(link.Target)));
        // A link still valid is kept: nothing new was sent, and the page says so.
        return renewed ? View("Renewed") : Redirect($"/r/{token}");
    }

    [HttpPost("details")]
    public async Task<IActionResult> Details(string token, RegistrationForm form)
    {
        var link = await ResolveAsync(token);
        if (link?.Target.Registration is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await registrations.UpdateDetailsAsync(link.Target, form); return link; });
        if (!done)
            return View("Page", await PageAsync(token, link.Target, form));
        TempData["Status"] = text["Register.DetailsSaved"];
        return Redirect($"/r/{token}");
    }

    [HttpPost("cancel")]
    public async Task<IActionResult> Cancel(string token)
    {
        var link = await ResolveAsync(token);
        if (link?.Target.Registration is null)
            return NotFound();
        if (link.Target.Registration.IsActive)
        {
            var (done, _) = await ModelState.TrySaveAsync(text, async () => { await registrations.CancelAsync(link.Target); return true; });
            if (!done)
            {
                TempData["Error"] = ModelState.ErrorText();
                return Redirect($"/r/{token}");
            }
        }
        TempData["Status"] = text["Register.CancelledDone"];
        return Redirect($"/r/{token}");
    }

    [HttpPost("accept")]
    public async Task<IActionResult> Accept(string token)
    {
        var link = await ResolveAsync(token);
        if (link?.Target.Registration is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await registrations.AcceptOfferAsync(link); return link; });
        if (!done)
            return View("Page", await PageAsync(token, link.Target, FormFor(link.Target)));
        TempData["Status"] = text["Register.OfferAccepted"];
        return Redirect($"/r/{token}");
    }

    /// <summary>The same calendar file the confirmation email carried.</summary>
    [HttpGet("calendar.ics")]
    public async Task<IActionResult> Calendar(string token)
    {
        var link = await ResolveAsync(token);
        if (link?.Target.Registration is not { Status: RegistrationStatus.Confirmed } registration || link.Target.Session.Status == SessionStatus.Cancelled)
            return NotFound();
        return File(emails.Calendar(link.Target.Session, registration, link.Target.Participant!, cancelled: false), "text/calendar; charset=utf-8",
            RegistrationEmails.CalendarFileName);
    }

    /// <summary>One of the participant's own certificates (from any session), found through their link: no id alone opens anyone's.</summary>
    [HttpGet("certificates/{certificateId:int}")]
    public async Task<IActionResult> Certificate(string token, int certificateId)
    {
        var link = await ResolveAsync(token);
        if (link?.Target.Registration is not { } registration)
            return NotFound();
        var certificate = (await certificates.OfParticipantAsync(registration.ParticipantId)).FirstOrDefault(c => c.Id == certificateId);
        var content = certificate is null ? null : await certificates.FileAsync(certificate.Id);
        return content is null ? NotFound() : File(content, "application/pdf", Certificates.CertificateService.FileName(certificate!));
    }

    /// <summary>The list of the participant's certificates and points, for their licence file.</summary>
    [HttpGet("certificates.pdf")]
    public async Task<IActionResult> CertificateList(string token)
    {
        var link = await ResolveAsync(token);
        if (link?.Target is not { Registration: { } registration, Participant: { } person })
            return NotFound();
        return File(await certificateRecord.PdfAsync(registration.ParticipantId, person.FullName), "application/pdf", "sertifikati-i-bodovi.pdf");
    }

    /// <summary>A material shared with this participant's session; anything else (another session's, an internal one) is a 404.</summary>
    [HttpGet("materials/{materialId:int}")]
    public async Task<IActionResult> Material(string token, int materialId)
    {
        var link = await ResolveAsync(token);
        if (link?.Target.Registration is not { } registration)
            return NotFound();
        var material = (await materials.SharedWithAsync(registration.ParticipantId, link.Target.Session)).FirstOrDefault(m => m.Id == materialId);
        return material?.Current is { } version ? File(materials.Open(version).Content, "application/octet-stream", version.FileName) : NotFound();
    }

    private Task<ResolvedLink?> ResolveAsync(string token) => links.ResolvePersonalAsync(token, name => Request.Cookies[name]);

    /// <summary>The form as the person last left it; before registering, what the invitation knew of them.</summary>
    private static RegistrationForm FormFor(LinkTarget target) => target.Participant is { } p
        ? new RegistrationForm
        {
            FullName = p.FullName, Email = p.Email, OrganisationId = p.OrganisationId, OrganisationName = p.OrganisationName, Position = p.Position, Phone = p.Phone,
            LicenceNumber = p.LicenceNumber,
            DietaryNeeds = target.Registration?.DietaryNeeds, AccessibilityNeeds = target.Registration?.AccessibilityNeeds,
            HealthDataConsent = !string.IsNullOrEmpty(target.Registration?.AccessibilityNeeds),
        }
        : new RegistrationForm { FullName = target.Invitation?.Name, Email = target.Invitation?.Email, OrganisationName = target.Invitation?.Institution };

    private async Task<ParticipantPage> PageAsync(string token, LinkTarget target, RegistrationForm form)
    {
        var page = await ParticipantPages.BuildAsync(db, clock, token, target, form);
        var shared = target.Registration is null ? [] : await materials.SharedWithAsync(target.Registration.ParticipantId, target.Session);
        var evaluations = new List<(EvaluationPhase, string)>();
        if (target.Registration is { Status: RegistrationStatus.Confirmed } registration)
        {
            var settings = evaluationOptions.Value;
            foreach (var phase in Enum.GetValues<EvaluationPhase>())
            {
                if (EvaluationWindow.IsOpen(phase, target.Session, settings.FollowUpMonths, clock.GetUtcNow().UtcDateTime)
                    && await evaluation.QuestionnaireForAsync(target.Session, phase) is not null)
                    evaluations.Add((phase, "/e/" + evaluation.Token(target.Session, registration.ParticipantId, phase)));
            }
        }
        var record = target.Registration is null ? [] : await certificates.OfParticipantAsync(target.Registration.ParticipantId);
        return page with { Materials = shared, Evaluations = evaluations, Certificates = record };
    }
}
