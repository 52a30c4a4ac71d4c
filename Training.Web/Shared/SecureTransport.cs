using Microsoft.AspNetCore.HttpOverrides;

namespace Training.Web.Shared;

/// <summary>
/// Every cookie of the app is Secure and <c>__Host-</c>, and the antiforgery check insists on HTTPS. Two ways
/// a request that reached Kestrel over plain HTTP still counts as secure (section "Security"):
/// <list type="bullet">
/// <item><c>TrustForwardedProto</c>: a TLS-terminating proxy in front says so in X-Forwarded-Proto;</item>
/// <item><c>LocalHttp</c>: the connection comes from this machine (its real remote address is loopback, or in
/// <c>LocalNetworks</c>, e.g. the Docker network's gateway through which the host's own loopback traffic reaches a
/// container), as a browser on localhost, which browsers themselves treat as a secure context; on for development,
/// the demo stack, tests and benchmarks, off by default. The Host header is never asked: anyone can write "localhost".</item>
/// </list>
/// Behind a reverse proxy, <c>KnownProxies</c> (addresses) or <c>KnownNetworks</c> (CIDR ranges) name the proxies
/// whose X-Forwarded-For and X-Forwarded-Proto are believed.
/// </summary>
public static class SecureTransport
{
    public static WebApplication UseSecureTransport(this WebApplication app)
    {
        var security = app.Configuration.GetSection("Security");
        // Decided on the connection itself, before any X-Forwarded-For replaces its address with a client's: a
        // named proxy on this machine still connects from loopback.
        if (security.GetValue<bool>("LocalHttp"))
        {
            var local = ParseList(security["LocalNetworks"]).Select(System.Net.IPNetwork.Parse).ToList();
            app.Use((context, next) =>
            {
                if (!context.Request.IsHttps && IsLocal(context.Connection.RemoteIpAddress, local))
                    context.Request.Scheme = "https";
                return next(context);
            });
        }
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
        return app;
    }

    /// <summary>A connection from this machine: loopback, or one of the networks named as local. No address (no connection) is not local.</summary>
    private static bool IsLocal(System.Net.IPAddress? remote, IReadOnlyList<System.Net.IPNetwork> localNetworks)
    {
        if (remote is null)
            return false;
        if (remote.IsIPv4MappedToIPv6)
            remote = remote.MapToIPv4();
        return System.Net.IPAddress.IsLoopback(remote) || localNetworks.Any(n => n.Contains(remote));
    }

    private static IEnumerable<string> ParseList(string? value) =>
        (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
