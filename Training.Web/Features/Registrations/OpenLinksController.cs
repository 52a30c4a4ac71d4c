using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;
using Training.Web.Startup;

namespace Training.Web.Features.Registrations;

/// <summary>
/// A session's open registration link (<c>/o/{token}</c>), for sharing on mailing lists. Whoever
/// registers through it gets a personal link of their own, by email and as the next page.
/// </summary>
[AllowAnonymous, TokenPage, Route("o/{token}"), EnableRateLimiting(RateLimits.Public)]
public sealed class OpenLinksController(RegistrationService registrations, TrainingDbContext db, TimeProvider clock, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string token)
    {
        var session = await registrations.ResolveOpenLinkAsync(token);
        if (session is null)
            return NotFound();
        return View("Page", await ParticipantPages.BuildAsync(db, clock, token, new LinkTarget(session, null, null, null), new RegistrationForm(), "/o"));
    }

    [HttpPost("")]
    public async Task<IActionResult> Register(string token, RegistrationForm form)
    {
        var session = await registrations.ResolveOpenLinkAsync(token);
        if (session is null)
            return NotFound();
        var (done, personalToken) = await ModelState.TrySaveAsync<string>(text, async () =>
            (await registrations.RegisterOpenAsync(session, form, CultureInfo.CurrentUICulture.Name)).PersonalToken);
        if (!done)
            return View("Page", await ParticipantPages.BuildAsync(db, clock, token, new LinkTarget(session, null, null, null), form, "/o"));
        if (string.IsNullOrEmpty(personalToken))
        {
            // Already registered: their own link is in the email they received then.
            TempData["Status"] = text["Register.AlreadyRegisteredSeeEmail"];
            return Redirect($"/o/{token}");
        }
        return Redirect($"/r/{personalToken}");
    }
}
