using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Localisation;

namespace Training.Web.Features.Culture;

[Route("culture")]
public sealed class CultureController : Controller
{
    /// <summary>Like every cookie of the app, host-only and sent over HTTPS alone.</summary>
    public const string CookieName = "__Host-Training.Culture";

    /// <summary>Remembers the chosen culture in a cookie for a year; an unknown one falls back to Serbian Cyrillic.</summary>
    [AllowAnonymous, HttpPost("")]
    public IActionResult Set(string culture, string? returnUrl)
    {
        var chosen = Cultures.Normalise(culture);
        Response.Cookies.Append(
            CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = true, Path = "/" });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : Url.Action("Index", "Home")!);
    }
}
