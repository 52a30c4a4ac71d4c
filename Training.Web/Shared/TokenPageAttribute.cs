using Microsoft.AspNetCore.Mvc.Filters;

namespace Training.Web.Shared;

/// <summary>
/// Pages whose address carries a secret token (personal, open and quota links): the token must not
/// leak through a Referer header or a shared cache.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class TokenPageAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers["Referrer-Policy"] = "no-referrer";
        // "no-cache" as well, as antiforgery wants on a page with a form (it would override the header and log a warning).
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
    }
}
