using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;
using Training.Web.Startup;

namespace Training.Web.Features.Registrations;

/// <summary>The focal person's page (<c>/q/{token}</c>): nominate colleagues within the institution's seats.</summary>
[AllowAnonymous, TokenPage, Route("q/{token}"), EnableRateLimiting(RateLimits.Public)]
public sealed class QuotasController(RegistrationService registrations, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string token)
    {
        var page = await registrations.QuotaPageAsync(token);
        return page is null ? NotFound() : View("Quota", page);
    }

    [HttpPost("")]
    public async Task<IActionResult> Nominate(string token, NominationForm form)
    {
        var page = await registrations.QuotaPageAsync(token, form);
        if (page is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () => { await registrations.NominateAsync(page, form); return page; });
        if (!done)
            return View("Quota", page);
        TempData["Status"] = text["Quota.Nominated"];
        return Redirect($"/q/{token}");
    }
}
