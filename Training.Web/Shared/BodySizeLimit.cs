using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Training.Web.Shared;

/// <summary>
/// A request that announces a body larger than its endpoint takes is answered 413 at once, with the error page in the
/// user's language; left to the form reader, the failure surfaced as a refused antiforgery token or a missing page.
/// </summary>
public sealed class BodySizeLimit(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                    ?? context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize
                    ?? Uploads.MaxRequestBytes;
        // The error page, run again for the same request, answers whatever the size.
        if (context.Request.ContentLength > limit && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
