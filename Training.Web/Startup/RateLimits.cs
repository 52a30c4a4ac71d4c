using System.Globalization;
using System.Threading.RateLimiting;
using Training.Infrastructure.Localisation;

namespace Training.Web.Startup;

/// <summary>
/// Limits per client address (section <c>RateLimits</c>). What an attacker needs is limited tightly and separately per
/// purpose: failed token look-ups on participants' links, failed sign-ins, certificate verification misses (see
/// <see cref="CountsMissesAttribute"/>), so a flood of bad <c>/verify</c> requests does not lock anyone out of signing in.
/// What colleagues in one office do together is not: the general limit on public pages is generous (thirty people
/// registering from one address within minutes all get through), and a session's open link takes a number of
/// requests per client and hour. A refused request gets 429 with Retry-After and a message in the user's language.
/// </summary>
public static class RateLimits
{
    /// <summary>Every public page: a ceiling against floods, far above what an office registering together sends.</summary>
    public const string Public = "public";

    /// <summary>Requests through sessions' open links from one client address, per hour.</summary>
    public const string OpenRegistration = "open-registration";

    /// <summary>Purposes whose failures are counted apart.</summary>
    public const string TokenMisses = "token-misses";
    public const string SignInMisses = "sign-in-misses";
    public const string VerifyMisses = "verify-misses";

    public static IServiceCollection AddTrainingRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:PublicPerMinute", 300);
        var openPerHour = configuration.GetValue("RateLimits:OpenLinkPerClientPerHour", 30);
        services.AddSingleton(new MissCounters(new Dictionary<string, int>
        {
            [TokenMisses] = configuration.GetValue("RateLimits:TokenMissesPer10Minutes", 30),
            [SignInMisses] = configuration.GetValue("RateLimits:SignInMissesPer10Minutes", 20),
            [VerifyMisses] = configuration.GetValue("RateLimits:VerifyMissesPer10Minutes", 30),
        }, TimeSpan.FromMinutes(10)));
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Public, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientOf(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Per client only: a partition per link in the address would let junk links grow the limiter without bound.
            o.AddPolicy(OpenRegistration, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientOf(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = openPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
            o.OnRejected = (context, cancellationToken) => new ValueTask(RefuseAsync(context.HttpContext, context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1), cancellationToken));
        });
        return services;
    }

    /// <summary>
    /// The client: the connection's address, or a known proxy's forwarded one (see SecureTransport). An IPv6 client
    /// is its /64 network, which one household or office is given whole (it could otherwise change address for every
    /// request); an IPv4 address written as IPv6 is taken as IPv4.
    /// </summary>
    public static string ClientOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
            return "local";
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }

    public static async Task RefuseAsync(HttpContext context, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(TextCatalog.Default["Error.TooManyRequests"], cancellationToken);
    }
}
