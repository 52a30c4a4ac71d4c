using System.Net;
using System.Text.RegularExpressions;

namespace Training.Tests.Support;

/// <summary>
/// A browser-like HTTP client: keeps cookies, does not follow redirects, and posts forms with
/// the antiforgery token read from the page, as a real browser would.
/// </summary>
public sealed partial class WebSession : IDisposable
{
    public const string DemoPassword = "Demo-Sava-Morava-2026";

    public WebSession(TrainingAppFactory factory, string? culture = null)
    {
        // Against a real Kestrel server the factory's client options do not apply, so the client is made here.
        // The in-memory server is reached as https://localhost, so the app's Secure cookies come back as from a browser.
        if (factory.IsKestrel)
        {
            _loopback = new LoopbackCookies();
            Client = new HttpClient(_loopback) { BaseAddress = new Uri(factory.ServerAddress) };
        }
        else
        {
            Client = factory.CreateDefaultClient(InMemory, new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(_cookies));
        }
        if (culture is not null)
            Client.DefaultRequestHeaders.Add("Cookie", $"__Host-Training.Culture=c={culture}|uic={culture}");
    }

    /// <summary>A session with the app at <paramref name="address"/>, plain HTTP on the loopback address (an <see cref="AppProcess"/>).</summary>
    public WebSession(Uri address)
    {
        _loopback = new LoopbackCookies();
        Client = new HttpClient(_loopback) { BaseAddress = address };
    }

    private static readonly Uri InMemory = new("https://localhost");
    private readonly CookieContainer _cookies = new();
    private readonly LoopbackCookies? _loopback;

    public HttpClient Client { get; }

    /// <summary>The cookies this client holds, as a Cookie header: what a copied or stolen cookie would be.</summary>
    public string CookieHeader() => _loopback?.Header() ?? _cookies.GetCookieHeader(InMemory);

    public async Task<string> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await GetFollowingLinkAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
        return body;
    }

    /// <summary>
    /// A participant link's first visit moves its token into a cookie and redirects to "/r/~…"; a browser
    /// follows that hop, and so does this. Every other redirect is left for the test to see.
    /// </summary>
    public async Task<HttpResponseMessage> GetFollowingLinkAsync(string url)
    {
        var response = await Client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/r/~", StringComparison.Ordinal) == true)
            response = await Client.GetAsync(response.Headers.Location.OriginalString);
        return response;
    }

    /// <summary>Reads the form's antiforgery token from <paramref name="pageUrl"/>, then posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string action, IDictionary<string, string> fields)
    {
        var page = await GetFollowingLinkAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken(html);
        var content = new FormUrlEncodedContent(fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return await Client.PostAsync(action, content);
    }

    /// <summary>Posts a multipart form with one file, reading the antiforgery token from <paramref name="pageUrl"/> first.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string pageUrl, string action, IDictionary<string, string> fields, string fileField, string fileName, byte[] content)
    {
        var token = AntiforgeryToken(await (await GetFollowingLinkAsync(pageUrl)).Content.ReadAsStringAsync());
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)))
            form.Add(new StringContent(value), name);
        form.Add(new ByteArrayContent(content), fileField, fileName);
        return await Client.PostAsync(action, form);
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password = DemoPassword) =>
        await PostFormAsync("/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    public async Task SignInAsRoleAsync(string role)
    {
        var response = await SignInAsync(DemoEmail(role));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {role}: {(int)response.StatusCode} {System.Text.RegularExpressions.Regex.Match(await response.Content.ReadAsStringAsync(), "alert[^>]*>(.{0,200})").Groups[1].Value}");
    }

    public static string DemoEmail(string role) => role == "Administrator" ? "admin@demo.local" : $"{role.ToLowerInvariant()}@demo.local";

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public void Dispose() => Client.Dispose();
}
