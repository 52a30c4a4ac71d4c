
namespace Training.Tests.Support;

/// <summary>
/// Keeps cookies for a client talking plain HTTP to the app on the loopback address, sending back the
/// Secure ones too, as browsers do for localhost. (.NET's CookieContainer keeps Secure cookies for HTTPS.)
/// Shared by the tests and the benchmarks.
/// </summary>
public sealed class LoopbackCookies : DelegatingHandler
{
    private readonly Dictionary<string, string> _cookies = [];

    public LoopbackCookies() : base(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { }

    public string Header()
    {
        lock (_cookies)
            return string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_cookies)
        {
            if (_cookies.Count > 0)
            {
                var existing = request.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values) : null;
                request.Headers.Remove("Cookie");
                var ours = string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));
                request.Headers.Add("Cookie", existing is null ? ours : existing + "; " + ours);
            }
        }
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            lock (_cookies)
                foreach (var header in setCookies)
                {
                    var pair = header.Split(';')[0];
                    var at = pair.IndexOf('=');
                    var (name, value) = (pair[..at].Trim(), pair[(at + 1)..].Trim());
                    var expired = header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase) || value.Length == 0;
                    if (expired)
                        _cookies.Remove(name);
                    else
                        _cookies[name] = value;
                }
        return response;
    }
}
