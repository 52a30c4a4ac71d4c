using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Training.Tests.Support;

/// <summary>
/// The in-memory test server has no connection, so its requests have no remote address. This gives them one, first
/// thing in the pipeline: this machine's (a browser on localhost), or the one a test names in <see cref="Header"/>.
/// Kestrel's connections keep their real address.
/// </summary>
internal sealed class ClientAddressFilter : IStartupFilter
{
    public const string Header = "Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= context.Request.Headers.TryGetValue(Header, out var named)
                ? System.Net.IPAddress.Parse(named.ToString())
                : System.Net.IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
