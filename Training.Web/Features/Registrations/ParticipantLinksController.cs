using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Registrations;
using Training.Infrastructure.Calendar;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Registrations;

/// <summary>
/// The participant's page behind the personal link in their email: no account, no sign-in.
/// GET only shows (mail scanners open links); every change is a POST with antiforgery.
/// Redirects are written out, not generated: lower-case URLs would break the case-sensitive token.
/// </summary>
[AllowAnonymous, TokenPage, Route("r/{token}"), Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Training.Web.Startup.RateLimits.Public)]
public sealed class ParticipantLinksController(RegistrationService registrations, Materials.MaterialService materials, Evaluation.EvaluationService evaluation,
    Microsoft.Extensions.Options.IOptions<Evaluation.EvaluationOptions> evaluationOptions, TrainingDbContext db, TimeProvider clock, TextCatalog text,
    Microsoft.AspNetCore.DataProtection.IDataProtectionProvider protection) : Controller
{
    private readonly Microsoft.AspNetCore.DataProtection.IDataProtector protector = protection.CreateProtector("ParticipantLink.Cookie");

    // Mail scanners probe links with HEAD as well as GET; both only read.
    [HttpGet(""), HttpHead("")]
    public async Task<IActionResult> Show(string token, bool cancel = false)
    {
        var (real, target) = await ResolveAsync(token);
        if (target is null)
            return NotFound();
        if (!token.StartsWith(HandlePrefix, StringComparison.Ordinal))
        {
            // First use: the token moves into a cookie and out of the address bar, the history and any Referer.
            var handle = ParticipantLink.Hash(token)[..16];
            Response.Cookies.Append(CookieName(handle), protector.Protect(token), new CookieOptions
            {
                HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax, Path = "/", IsEssential = true, Expires = clock.GetUtcNow().AddDays(30),
            });
            return Redirect($"/r/{HandlePrefix}{handle}{Request.QueryString}");
        }
        return View("Page", await PageAsync(token, target, FormFor(target)) with { ConfirmCancel = cancel && target.Registration?.HoldsSeat != false });
    }

    [HttpPost("")]
    public async Task<IActionResult> Register(string token, RegistrationForm form)
    {
        var (real, target) = await ResolveAsync(token);
        if (target is null)
            return NotFound();
        if (target.Registration is not null)
            return Redirect($"/r/{token}");
        var (done, _) = await ModelState.TrySaveAsync(text, () => registrations.RegisterAsync(target, form, real!));
        if (!done)
            return View("Page", await PageAsync(token, target, form));
        return Redirect($"/r/{token}");
    }

    [HttpPost("renew")]
    public async Task<IActionResult> Renew(string token)
    {
        var (real, target) = await ResolveAsync(token);
        if (target?.Invitation is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await registrations.RenewExpiredInvitationAsync(target); return target; });
        if (!done)
            return View("Page", await PageAsync(token, target, FormFor(target)));
        return View("Renewed");
    }

    [HttpPost("details")]
    public async Task<IActionResult> Details(string token, RegistrationForm form)
    {
        var (real, target) = await ResolveAsync(token);
        if (target?.Registration is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await registrations.UpdateDetailsAsync(target, form); return target; });
        if (!done)
            return View("Page", await PageAsync(token, target, form));
        TempData["Status"] = text["Register.DetailsSaved"];
        return Redirect($"/r/{token}");
    }

    [HttpPost("cancel")]
    public async Task<IActionResult> Cancel(string token)
    {
        var (real, target) = await ResolveAsync(token);
        if (target?.Registration is null)
            return NotFound();
        if (target.Registration.Status != RegistrationStatus.Cancelled)
        {
            var (done, _) = await ModelState.TrySaveAsync(text, async () => { await registrations.CancelAsync(target); return true; });
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
        var (real, target) = await ResolveAsync(token);
        if (target?.Registration is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await registrations.AcceptOfferAsync(target, real!); return target; });
        if (!done)
            return View("Page", await PageAsync(token, target, FormFor(target)));
        TempData["Status"] = text["Register.OfferAccepted"];
        return Redirect($"/r/{token}");
    }

    [HttpGet("calendar.ics")]
    public async Task<IActionResult> Calendar(string token)
    {
        var (real, target) = await ResolveAsync(token);
        if (target?.Registration is not { Status: RegistrationStatus.Confirmed } registration)
            return NotFound();
        var content = SessionCalendar.Build(target.Session, registration.CalendarKey, registration.CalendarSequence, false, "obuke@centarzztlj.rs",
            text["Email.Signature"], target.Participant!.Email, target.Participant.FullName, Display.Name(target.Session.Title), target.Session.Venue?.Name, null);
        return File(content, "text/calendar; charset=utf-8", "obuka.ics");
    }

    /// <summary>The participant's own certificate, found through their link: no id alone opens anyone's.</summary>
    [HttpGet("certificates/{certificateId:int}")]
    public async Task<IActionResult> Certificate(string token, int certificateId, [FromServices] Certificates.CertificateService certificates)
    {
        var (real, target) = await ResolveAsync(token);
        if (target?.Registration is null)
            return NotFound();
        var certificate = (await certificates.OfParticipantAsync(target.Registration.ParticipantId, target.Session.Id)).FirstOrDefault(c => c.Id == certificateId);
        var content = certificate is null ? null : await certificates.FileAsync(certificate.Id);
        return content is null ? NotFound() : File(content, "application/pdf", Certificates.CertificateService.FileName(certificate!));
    }

    /// <summary>A material shared with this participant's session; anything else (another session's, an internal one) is a 404.</summary>
    [HttpGet("materials/{materialId:int}")]
    public async Task<IActionResult> Material(string token, int materialId)
    {
        var (real, target) = await ResolveAsync(token);
        if (target?.Registration is null)
            return NotFound();
        var material = (await materials.SharedWithAsync(target.Registration.ParticipantId, target.Session)).FirstOrDefault(m => m.Id == materialId);
        return material?.Current is { } version ? File(materials.Open(version).Content, "application/octet-stream", version.FileName) : NotFound();
    }

    private const string HandlePrefix = "~";

    private static string CookieName(string handle) => "__Host-Training.Link." + handle;

    /// <summary>
    /// A page address holds either the token itself (from the email) or, after the first visit, "~" and a
    /// handle (the start of the token's hash) whose cookie holds the token. Each link has its own cookie, so
    /// two registrations in one browser never act for each other.
    /// </summary>
    private async Task<(string? Real, LinkTarget? Target)> ResolveAsync(string token)
    {
        var real = token;
        if (token.StartsWith(HandlePrefix, StringComparison.Ordinal))
        {
            var handle = token[HandlePrefix.Length..];
            real = null;
            if (handle.Length == 16 && handle.All(char.IsAsciiHexDigitLower) && Request.Cookies[CookieName(handle)] is { } sealedToken)
            {
                try
                {
                    var candidate = protector.Unprotect(sealedToken);
                    real = ParticipantLink.Hash(candidate).StartsWith(handle, StringComparison.Ordinal) ? candidate : null;
                }
                catch (System.Security.Cryptography.CryptographicException)
                {
                    real = null;
                }
            }
        }
        return real is null ? (null, null) : (real, await registrations.ResolveAsync(real));
    }

    private static RegistrationForm FormFor(LinkTarget target) => target.Participant is { } p
        ? new RegistrationForm
        {
            FullName = p.FullName, Email = p.Email, OrganisationId = p.OrganisationId, OrganisationName = p.OrganisationName, Position = p.Position, Phone = p.Phone,
            DietaryNeeds = target.Registration?.DietaryNeeds, AccessibilityNeeds = target.Registration?.AccessibilityNeeds, Consent = true,
        }
        : new RegistrationForm { FullName = target.Invitation?.Name, Email = target.Invitation?.Email, OrganisationName = target.Invitation?.Institution };

    private async Task<ParticipantPage> PageAsync(string token, LinkTarget target, RegistrationForm form)
    {
        var page = await ParticipantPages.BuildAsync(db, clock, token, target, form);
        var shared = target.Registration is null ? [] : await materials.SharedWithAsync(target.Registration.ParticipantId, target.Session);
        var evaluations = new List<(Training.Domain.Evaluation.EvaluationPhase, string)>();
        if (target.Registration is { Status: RegistrationStatus.Confirmed } registration)
        {
            var settings = evaluationOptions.Value;
            foreach (var phase in Enum.GetValues<Training.Domain.Evaluation.EvaluationPhase>())
            {
                if (Training.Domain.Evaluation.EvaluationWindow.IsOpen(phase, target.Session, settings.FollowUpMonths, clock.GetUtcNow().UtcDateTime)
                    && await evaluation.QuestionnaireForAsync(target.Session, phase) is not null)
                    evaluations.Add((phase, "/e/" + evaluation.Token(target.Session, registration.ParticipantId, phase)));
            }
        }
        return page with { Materials = shared, Evaluations = evaluations };
    }
}
