using Microsoft.AspNetCore.HttpOverrides;

namespace Training.Web.Shared;

/// <summary>
/// Every cookie of the app is Secure and <c>__Host-</c>, and the antiforgery check insists on HTTPS. Two ways
/// a request that reached Kestrel over plain HTTP still counts as secure (section "Security"):
/// <list type="bullet">
/// <item><c>TrustForwardedProto</c>: a TLS-terminating proxy in front says so in X-Forwarded-Proto;</item>
/// <item><c>LocalHttp</c>: the browser is talking to localhost (127.0.0.1, [::1]), which browsers themselves
/// treat as a secure context; on for development, the demo stack, tests and benchmarks, off by default.</item>
/// </list>
/// Behind a reverse proxy, <c>KnownProxies</c> (addresses) or <c>KnownNetworks</c> (CIDR ranges) name the proxies
/// whose X-Forwarded-For and X-Forwarded-Proto are believed.
/// </summary>
public static class SecureTransport
{
    public static WebApplication UseSecureTransport(this WebApplication app)
    {
        var security = app.Configuration.GetSection("Security");
        var proxies = ParseList(security["KnownProxies"]).Select(System.Net.IPAddress.Parse).ToList();
        var networks = ParseList(security["KnownNetworks"]).Select(System.Net.IPNetwork.Parse).ToList();
        if (proxies.Count > 0 || networks.Count > 0)
        {
            // The client's address (for rate limits and the audit log) is taken from X-Forwarded-For only when the
            // request came through a proxy named here; otherwise anyone could claim any address.
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            proxies.ForEach(forwarded.KnownProxies.Add);
            networks.ForEach(forwarded.KnownIPNetworks.Add);
            app.UseForwardedHeaders(forwarded);
        }
        else if (security.GetValue<bool>("TrustForwardedProto"))
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }
        if (security.GetValue<bool>("LocalHttp"))
            app.Use((context, next) =>
            {
                if (!context.Request.IsHttps && context.Request.Host.Host is "localhost" or "127.0.0.1" or "[::1]")
                    context.Request.Scheme = "https";
                return next(context);
            });
        return app;
    }

    private static IEnumerable<string> ParseList(string? value) =>
        (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
