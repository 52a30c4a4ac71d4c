using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>The signed-in session: its cookies, its idle and absolute limits, sign-out that holds on the server, and a restart.</summary>
public sealed class SessionSecurityTests
{
    private static async Task<(WebSession Web, HttpResponseMessage SignIn)> SignInAsync(TrainingAppFactory app, string role = "Coordinator")
    {
        var web = new WebSession(app);
        var response = await web.SignInAsync(WebSession.DemoEmail(role));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (web, response);
    }

    private static async Task<bool> SignedInAsync(WebSession web)
    {
        var response = await web.Client.GetAsync("/sessions");
        if (response.StatusCode == HttpStatusCode.OK)
            return true;
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
        return false;
    }

    [Fact]
    public async Task Every_cookie_is_host_only_secure_and_http_only()
    {
        using var app = new TrainingAppFactory();
        using var anonymous = new WebSession(app);
        var login = await anonymous.Client.GetAsync("/account/login");
        var (web, signIn) = await SignInAsync(app);
        using var _ = web;
        var culture = await web.PostFormAsync("/sessions", "/culture", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" });
        var cookies = new[] { login, signIn, culture }.SelectMany(r => r.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("__Host-Training.Session=", StringComparison.Ordinal) && c.Contains("samesite=lax", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(cookies, c => c.StartsWith("__Host-Training.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("__Host-Training.Culture=", StringComparison.Ordinal));
        foreach (var cookie in cookies)
        {
            var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.StartsWith("__Host-", cookie);
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            // Lax for the session (a link from an email arrives signed in); the antiforgery cookie is Strict, which is stricter still.
            Assert.Contains(attributes, a => a is "samesite=lax" or "samesite=strict");
            Assert.Contains("path=/", attributes);
            Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Thirty_idle_minutes_end_the_session()
    {
        using var app = new TrainingAppFactory();
        var (web, _) = await SignInAsync(app);
        using var __ = web;
        app.Clock.Offset = TimeSpan.FromMinutes(29);
        Assert.True(await SignedInAsync(web));
        app.Clock.Offset = TimeSpan.FromMinutes(29 + 31);
        Assert.False(await SignedInAsync(web));
    }

    [Fact]
    public async Task Eight_hours_end_the_session_however_busy_it_was()
    {
        using var app = new TrainingAppFactory();
        var (web, _) = await SignInAsync(app);
        using var __ = web;
        // A request every 25 minutes keeps the idle limit away and the cookie renewed, past the security stamp's checks.
        for (var minutes = 25; minutes <= 7 * 60 + 55; minutes += 25)
        {
            app.Clock.Offset = TimeSpan.FromMinutes(minutes);
            Assert.True(await SignedInAsync(web), $"signed out after {minutes} minutes");
        }
        app.Clock.Offset = TimeSpan.FromHours(8) + TimeSpan.FromMinutes(5);
        Assert.False(await SignedInAsync(web));
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_of_the_user()
    {
        using var app = new TrainingAppFactory();
        var (here, _) = await SignInAsync(app, "Staff");
        var (elsewhere, _) = await SignInAsync(app, "Staff");
        var (someoneElse, _) = await SignInAsync(app, "Trainer");
        using var a = here;
        using var b = elsewhere;
        using var c = someoneElse;
        const string password = "зимска река носи плаве чамце";
        var changed = await here.PostFormAsync("/account/security", "/account/security/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = WebSession.DemoPassword, ["NewPassword"] = password, ["ConfirmPassword"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.Client.GetAsync("/me")).StatusCode);
        var after = await elsewhere.Client.GetAsync("/me");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await someoneElse.Client.GetAsync("/sessions")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_as_another_user_in_the_same_browser_starts_a_new_session()
    {
        using var app = new TrainingAppFactory();
        var (web, _) = await SignInAsync(app, "Trainer");
        using var __ = web;
        var first = app.Scoped(db => db.SignInSessions.Single(s => s.UserId == db.Users.Single(u => u.Email == "trainer@demo.local").Id).Id);
        Assert.Equal(HttpStatusCode.Redirect, (await web.SignInAsync("coordinator@demo.local")).StatusCode);
        var home = await web.GetPageAsync("/");
        Assert.Contains("coordinator@demo.local", home);
        var sessions = app.Scoped(db => db.SignInSessions.ToList());
        var second = Assert.Single(sessions, s => s.EndedAtUtc == null);
        Assert.NotEqual(first, second.Id);
        Assert.NotNull(sessions.Single(s => s.Id == first).EndedAtUtc);
    }

    [Fact]
    public async Task A_cookie_replayed_after_sign_out_is_refused()
    {
        using var app = new TrainingAppFactory();
        var (web, signIn) = await SignInAsync(app);
        using var _ = web;
        var session = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Training.Session=", StringComparison.Ordinal)).Split(';')[0];
        using var copy = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        copy.DefaultRequestHeaders.Add("Cookie", session);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/sessions")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await web.PostFormAsync("/sessions", "/account/logout", new Dictionary<string, string>())).StatusCode);
        var replayed = await copy.GetAsync("/sessions");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/account/login", replayed.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task After_a_restart_a_session_and_an_open_form_still_work()
    {
        string cookies;
        string token;
        var first = new TrainingAppFactory { KeepDatabase = true };
        using (first)
        {
            var (web, _) = await SignInAsync(first);
            using (web)
            {
                var form = await web.GetPageAsync("/venues/new");
                token = WebSession.AntiforgeryToken(form);
                cookies = web.CookieHeader();
            }
        }
        using var second = first.Restarted();
        using var client = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Add("Cookie", cookies);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sessions")).StatusCode);
        var municipality = second.Scoped(db => db.Municipalities.First().Id);
        var saved = await client.PostAsync("/venues/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Сала после рестарта", ["Address"] = "Немањина 22", ["MunicipalityId"] = municipality.ToString(CultureInfo.InvariantCulture), ["Capacity"] = "20",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(second.Scoped(db => db.Venues.Any(v => v.Name == "Сала после рестарта")));
    }
}
