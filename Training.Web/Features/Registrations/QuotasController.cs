using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;
using Training.Web.Startup;

namespace Training.Web.Features.Registrations;

/// <summary>The focal person's page (<c>/q/{token}</c>): nominate colleagues within the institution's seats.</summary>
[AllowAnonymous, TokenPage, Route("q/{token}"), EnableRateLimiting(RateLimits.Public), CountsMisses(RateLimits.TokenMisses)]
public sealed class QuotasController(LinkService links, InvitationService invitations, RegistrationService registrations, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string token)
    {
        var page = await PageAsync(token);
        return page is null ? NotFound() : View("Quota", page);
    }

    [HttpPost("")]
    public async Task<IActionResult> Nominate(string token, NominationForm form)
    {
        var page = await PageAsync(token, form);
        if (page is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await invitations.NominateAsync(page, form); return page; });
        if (!done)
            return View("Quota", await PageAsync(token, form));
        TempData["Status"] = text["Quota.Nominated"];
        return Redirect($"/q/{token}");
    }

    private async Task<QuotaPage?> PageAsync(string token, NominationForm? form = null) =>
        await links.ResolveQuotaAsync(token) is { } quota
            ? await invitations.QuotaPageAsync(token, quota, (await registrations.SessionAsync(quota.SessionId))!, form)
            : null;
}
