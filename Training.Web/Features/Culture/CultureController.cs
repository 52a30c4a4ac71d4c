using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Training.Infrastructure.Localisation;

namespace Training.Web.Features.Culture;

[Route("culture")]
public sealed class CultureController : Controller
{
    /// <summary>Remembers the chosen culture in a cookie for a year; an unknown one falls back to Serbian Cyrillic.</summary>
    [AllowAnonymous, HttpPost("")]
    public IActionResult Set(string culture, string? returnUrl)
    {
        var chosen = Cultures.Normalise(culture);
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
