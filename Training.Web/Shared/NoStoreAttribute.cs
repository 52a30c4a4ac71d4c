using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Training.Web.Shared;

/// <summary>
/// Responses that no browser or proxy cache may keep: every file download (exports of personal data, registration
/// lists, sign-in sheets, certificates, materials; the filter is registered for all files) and the pages marked with
/// it (the sent mail, which shows addresses and what was written to people).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NoStoreAttribute : ResultFilterAttribute
{
    /// <summary>Only responses that are files; the form the filter takes for the whole app.</summary>
    public bool FilesOnly { get; init; }

    public override void OnResultExecuting(ResultExecutingContext context)
    {
        if (FilesOnly && context.Result is not FileResult)
            return;
        var headers = context.HttpContext.Response.Headers;
        // "no-cache" as well, as antiforgery wants on a page with a form (it would override the header and log a warning).
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
    }
}
