using System.Globalization;
using System.Net;
using Training.Domain.Registrations;
using Training.Tests.Support;
using Training.Web.Links;

namespace Training.Tests.Features;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Guessing_tokens_from_one_client_gets_429_with_Retry_After_and_no_hit()
    {
        using var app = new TrainingAppFactory(new Dictionary<string, string?> { ["RateLimits:PublicPerMinute"] = "20" });
        using var web = new WebSession(app);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 60; i++)
        {
            var (token, _) = ParticipantLink.New();
            var response = await web.Client.GetAsync($"/r/{token}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                refused ??= response;
        }
        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.NotFound));
        Assert.Equal(40, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.DoesNotContain(HttpStatusCode.OK, statuses);
        Assert.True(int.Parse(refused!.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_too()
    {
        using var app = new TrainingAppFactory(new Dictionary<string, string?> { ["RateLimits:PublicPerMinute"] = "3" });
        using var web = new WebSession(app);
        var last = HttpStatusCode.OK;
        for (var i = 0; i < 4; i++)
            last = (await web.SignInAsync("nobody@demo.local", "wrong-password-" + i)).StatusCode;
        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }

    [Theory]
    [InlineData("/verify/{0}")]
    [InlineData("/certificates/{0}")]
    public async Task Certificate_verification_and_downloads_are_limited(string pattern)
    {
        using var app = new TrainingAppFactory(new Dictionary<string, string?> { ["RateLimits:PublicPerMinute"] = "5" });
        using var web = new WebSession(app);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            var guess = pattern.StartsWith("/verify", StringComparison.Ordinal) ? $"{i:D2}ABCDEFGHJKMNPQ" : ParticipantLink.New().Token;
            statuses.Add((await web.Client.GetAsync(string.Format(CultureInfo.InvariantCulture, pattern, guess))).StatusCode);
        }
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)), statuses);
    }
}

/// <summary>Limits that stop an attacker without stopping an office: each purpose counts its own failures.</summary>
public sealed class PurposeLimitTests
{
    /// <summary>The app with the installed defaults of every limit (the test factory's generous ones taken away).</summary>
    private static TrainingAppFactory WithDefaultLimits() => new(new Dictionary<string, string?>
    {
        ["RateLimits:PublicPerMinute"] = null, ["RateLimits:TokenMissesPer10Minutes"] = null,
        ["RateLimits:SignInMissesPer10Minutes"] = null, ["RateLimits:VerifyMissesPer10Minutes"] = null,
    });

    [Fact]
    public async Task Thirty_colleagues_registering_from_one_address_within_minutes_all_get_through()
    {
        using var app = WithDefaultLimits();
        var sessionId = OpenSession.Create(app, capacity: 40);
        var tokens = OpenSession.Invite(app, sessionId, 30, "kancelarija");
        for (var i = 0; i < tokens.Count; i++)
        {
            using var colleague = new WebSession(app);
            var token = tokens[i];
            var page = await colleague.GetPageAsync($"/r/{token}");
            Assert.Contains("kancelarija" + i + "@example.rs", page);
            var response = await colleague.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields($"Учесник {i}", $"kancelarija{i}@example.rs"));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            await colleague.GetPageAsync($"/r/{token}");
        }
        Assert.Equal(30, app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId && r.Status == RegistrationStatus.Confirmed)));
    }

    [Fact]
    public async Task A_flood_of_bad_verification_codes_locks_out_neither_sign_in_nor_participant_links()
    {
        using var app = WithDefaultLimits();
        var sessionId = OpenSession.Create(app, capacity: 5);
        var token = OpenSession.Invite(app, sessionId, 1, "poplava")[0];
        using var web = new WebSession(app);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
            statuses.Add((await web.Client.GetAsync($"/verify/{i:D2}ABCDEFGHJKMNPQ")).StatusCode);

        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.NotFound));
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, (await web.GetFollowingLinkAsync($"/r/{token}")).StatusCode);
        await web.SignInAsRoleAsync("Coordinator");
    }

    [Fact]
    public async Task Failed_sign_ins_are_limited_apart_from_token_guesses()
    {
        using var app = WithDefaultLimits();
        using var web = new WebSession(app);
        var last = HttpStatusCode.OK;
        for (var i = 0; i < 21; i++)
            last = (await web.SignInAsync("nobody@demo.local", "wrong-password-" + i)).StatusCode;
        Assert.Equal(HttpStatusCode.TooManyRequests, last);

        // Link guesses from the same client still get their own budget: a plain 404, not a refusal.
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync($"/r/{ParticipantLink.New().Token}")).StatusCode);
    }
}

/// <summary>Behind a reverse proxy, the client's address comes from X-Forwarded-For only when the proxy is named.</summary>
public sealed class ForwardedClientTests
{
    private static async Task<List<HttpStatusCode>> MissesAsync(TrainingAppFactory app, params string[] forwardedFor)
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.ServerAddress) };
        var statuses = new List<HttpStatusCode>();
        foreach (var address in forwardedFor)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/r/{ParticipantLink.New().Token}");
            request.Headers.Add("X-Forwarded-For", address);
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }
        return statuses;
    }

    [Fact]
    public async Task A_named_proxy_gives_each_client_its_own_limit_and_an_unnamed_one_does_not()
    {
        var limits = new Dictionary<string, string?> { ["RateLimits:TokenMissesPer10Minutes"] = "3" };
        using (var behindProxy = new TrainingAppFactory(new Dictionary<string, string?>(limits) { ["Security:KnownProxies"] = "127.0.0.1" }, kestrel: true))
        {
            var statuses = await MissesAsync(behindProxy, "203.0.113.5", "203.0.113.5", "203.0.113.5", "203.0.113.5", "203.0.113.6");
            Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.NotFound], statuses);
        }
        using var direct = new TrainingAppFactory(limits, kestrel: true);
        // Not a known proxy: the header is anyone's claim, and both "clients" are the one connection they came from.
        var shared = await MissesAsync(direct, "203.0.113.5", "203.0.113.5", "203.0.113.5", "203.0.113.6");
        Assert.Equal(HttpStatusCode.TooManyRequests, shared[^1]);
    }
}
