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
/// A session's open registration link (<c>/o/{token}</c>), for sharing on mailing lists. Whoever asks through it gets
/// the same answer, "we sent you an email", and the email (to the address typed, and only there) carries their own
/// link; the seat is taken when they register from it. Requests are limited per session and client address.
/// </summary>
[AllowAnonymous, TokenPage, Route("o/{token}"), EnableRateLimiting(RateLimits.Public), CountsMisses(RateLimits.TokenMisses)]
public sealed class OpenLinksController(LinkService links, InvitationService invitations, TrainingDbContext db, TimeProvider clock, TextCatalog text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string token, bool sent = false)
    {
        var session = await links.ResolveOpenLinkAsync(token);
        if (session is null)
            return NotFound();
        return View("Open", await ParticipantPages.BuildOpenAsync(db, clock, token, session, new PersonForm()) with { Sent = sent });
    }

    [HttpPost(""), EnableRateLimiting(RateLimits.OpenRegistration)]
    public async Task<IActionResult> Register(string token, PersonForm form)
    {
        var session = await links.ResolveOpenLinkAsync(token);
        if (session is null)
            return NotFound();
        var (done, _) = await ModelState.TrySaveAsync(text, async () =>
        {
            await invitations.RequestThroughOpenLinkAsync(session, form, CultureInfo.CurrentUICulture.Name);
            return session;
        });
        if (!done)
            return View("Open", await ParticipantPages.BuildOpenAsync(db, clock, token, session, form));
        return Redirect($"/o/{token}?sent=true");
    }
}
