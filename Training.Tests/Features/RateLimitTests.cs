using System.Net;
using Training.Tests.Support;

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
            var (token, _) = Training.Web.Features.Registrations.ParticipantLink.New();
            var response = await web.Client.GetAsync($"/r/{token}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                refused ??= response;
        }
        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.NotFound));
        Assert.Equal(40, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.DoesNotContain(HttpStatusCode.OK, statuses);
        Assert.True(int.Parse(refused!.Headers.GetValues("Retry-After").Single()) > 0);
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
            var guess = pattern.StartsWith("/verify") ? $"{i:D2}ABCDEFGHJKMNPQ" : Training.Web.Features.Registrations.ParticipantLink.New().Token;
            statuses.Add((await web.Client.GetAsync(string.Format(pattern, guess))).StatusCode);
        }
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)), statuses);
    }
}
