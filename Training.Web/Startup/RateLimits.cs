using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Training.Infrastructure.Localisation;

namespace Training.Web.Startup;

/// <summary>
/// Public endpoints (sign-in, personal links) are limited per client address, so a script cannot
/// guess tokens or passwords at speed. A refused request gets 429 with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string Public = "public";

    public static IServiceCollection AddTrainingRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:PublicPerMinute", 60);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Public, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(TextCatalog.Default["Error.TooManyRequests"], cancellationToken);
            };
        });
        return services;
    }
}
