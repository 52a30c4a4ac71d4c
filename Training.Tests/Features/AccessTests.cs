using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>Each role against each area: what it may open, and what it is refused.</summary>
public sealed class AccessTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public AccessTests(TrainingAppFactory app) => _app = app;

    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        var areas = new Dictionary<string, string[]>
        {
            ["/plans"] = ["Administrator", "Coordinator", "Management"],
            ["/plans/2017"] = ["Administrator", "Coordinator", "Management"],
            ["/directory"] = ["Administrator", "Coordinator", "Management"],
            ["/directory/new"] = ["Administrator", "Coordinator"],
            ["/sent-mail"] = ["Administrator"],
            ["/dashboard"] = ["Administrator", "Coordinator", "Management"],
            ["/dashboard/coverage"] = ["Administrator", "Coordinator", "Management"],
            ["/budgets"] = ["Administrator", "Coordinator", "Management"],
            ["/funding"] = ["Administrator", "Coordinator", "Management"],
            ["/questionnaires"] = ["Administrator", "Coordinator", "Management"],
            ["/sessions/1/attendance"] = ["Administrator", "Coordinator"],
            ["/sessions/1/certificates"] = ["Administrator", "Coordinator"],
            ["/sessions/1/budget"] = ["Administrator", "Coordinator", "Management"],
            ["/sessions/1/materials"] = ["Administrator", "Coordinator", "Management"],
            ["/sessions/1/evaluation"] = ["Administrator", "Coordinator", "Management"],
            ["/staff"] = ["Administrator", "Coordinator", "Management"],
            ["/staff/new"] = ["Administrator", "Coordinator", "Management"],
            ["/development/2017"] = ["Administrator", "Coordinator", "Management"],
            ["/supervision"] = ["Management"],
            ["/supervision/new"] = ["Management"],
            ["/me"] = ["Staff"],
            ["/audit"] = ["Administrator"],
            ["/participants/1/personal-data.json"] = ["Administrator"],
        };
        foreach (var (url, allowed) in areas)
            foreach (var role in new[] { "Administrator", "Coordinator", "Management", "Trainer", "Staff" })
                data.Add(role, url, allowed.Contains(role));
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Role_reaches_only_its_areas(string role, string url, bool allowed)
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync(role);
        var response = await web.Client.GetAsync(url);
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
        }
    }

    /// <summary>Every endpoint needs a signed-in user except these; a new public one must be added here on purpose.</summary>
    [Fact]
    public void Only_the_listed_endpoints_are_public()
    {
        string[] expected =
        [
            "account/access-denied", "account/login", "account/login/code", "calendar/{token}.ics", "certificates/{token}", "culture", "e/{token}", "error/{status:int?}", "health",
            "materials/for/{token}", "materials/for/{token}/{materialId:int}", "materials/{id:int}/public", "o/{token}", "privacy", "q/{token}", "r/{token}", "verify/{code}",
        ];
        _app.CreateClient().Dispose();
        var anonymous = _app.Services.GetServices<Microsoft.AspNetCore.Routing.EndpointDataSource>()
            .SelectMany(s => s.Endpoints).OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText!.Trim('/'))
            .Select(p => p.Split('/').Length > 2 && (p.StartsWith("r/", StringComparison.Ordinal) || p.StartsWith("o/", StringComparison.Ordinal) || p.StartsWith("q/", StringComparison.Ordinal) || p.StartsWith("e/", StringComparison.Ordinal)) ? string.Join('/', p.Split('/').Take(2)) : p)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), anonymous);
    }

    [Theory]
    [InlineData("/plans")]
    [InlineData("/directory")]
    [InlineData("/sent-mail")]
    [InlineData("/plans/2017/pdf")]
    public async Task Anonymous_user_reaches_no_area(string url)
    {
        using var web = new WebSession(_app);
        var response = await web.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("Coordinator", false)]
    [InlineData("Administrator", true)]
    public async Task Job_dashboard_is_for_administrators_only(string? role, bool allowed)
    {
        using var web = new WebSession(_app);
        if (role is not null)
            await web.SignInAsRoleAsync(role);
        var response = await web.Client.GetAsync("/hangfire");
        if (allowed)
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        else if (role is null)
            Assert.Contains("/account/login", response.Headers.Location?.ToString() ?? $"status {response.StatusCode}");
        else
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"got {response.StatusCode}");
    }

    [Fact]
    public async Task Health_is_public()
    {
        using var web = new WebSession(_app);
        Assert.Equal("Healthy", await web.GetPageAsync("/health"));
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        using var web = new WebSession(_app);
        var response = await web.Client.GetAsync("/account/login");
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
