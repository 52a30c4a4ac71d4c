using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Training.Infrastructure.Calendar;
using Training.Infrastructure.Localisation;
using Training.Web.Links;
using Training.Web.Shared;
using Training.Web.Startup;

namespace Training.Web.Features.CalendarFeeds;

/// <summary>The signed-in user's calendar address (<c>/account/calendar</c>), and the calendar behind it (<c>/calendar/{token}.ics</c>).</summary>
public sealed class CalendarFeedsController(CalendarFeedService feeds, TextCatalog text, PublicLinks publicLinks) : Controller
{
    [Authorize, HttpGet("account/calendar")]
    public async Task<IActionResult> Index() =>
        View("Index", new CalendarFeedPage((await feeds.FeedOfAsync(UserId))?.CreatedAtUtc, null));

    /// <summary>Makes the address, or a new one (the old stops working); it is shown this once, as only its hash is kept.</summary>
    [Authorize, HttpPost("account/calendar/renew")]
    public async Task<IActionResult> Renew()
    {
        var token = await feeds.RenewAsync(UserId);
        var address = publicLinks.To($"/calendar/{token}.ics");
        Response.Headers.CacheControl = "no-store";
        return View("Index", new CalendarFeedPage((await feeds.FeedOfAsync(UserId))!.CreatedAtUtc, address));
    }

    /// <summary>What a calendar program fetches: no sign-in, the secret address is the key.</summary>
    [AllowAnonymous, TokenPage, EnableRateLimiting(RateLimits.Public), CountsMisses(RateLimits.TokenMisses), HttpGet("calendar/{token}.ics")]
    public async Task<IActionResult> Feed(string token)
    {
        var content = await feeds.CalendarAsync(token, text);
        return content is null ? NotFound() : File(content, FeedCalendar.ContentType);
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;
}

public sealed record CalendarFeedPage(DateTime? MadeAtUtc, string? Address);
