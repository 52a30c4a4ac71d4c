using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Training.Infrastructure.Email;
using Training.Tests.Infrastructure;
using Training.Tests.Support;
using Training.Web.Features.Certificates;

namespace Training.Tests.Features;

/// <summary>HSTS, downloads no cache keeps, out-of-range dates and oversized bodies answered with the usual pages.</summary>
public sealed class HeadersAndLimitsTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public HeadersAndLimitsTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task HSTS_asks_for_one_year_with_subdomains()
    {
        // Browsers ignore HSTS for localhost, and so does the middleware: the Centre's own address is used.
        using var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://obuke.centarzztlj.rs"), AllowAutoRedirect = false });
        var response = await client.GetAsync("/account/login");
        Assert.Equal("max-age=31536000; includeSubDomains", string.Join(", ", response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Plain_HTTP_counts_as_local_only_from_a_loopback_connection_never_by_the_Host_header()
    {
        // The same request, "Host: localhost" over plain HTTP, from this machine and from another one.
        using var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });
        Task<HttpResponseMessage> SignInPage(string from)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
            request.Headers.Add(ClientAddressFilter.Header, from);
            return client.SendAsync(request);
        }

        var local = await SignInPage("127.0.0.1");
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Contains(local.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-Training.Antiforgery=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await SignInPage("::1")).StatusCode);
        // From elsewhere the request stays plain HTTP, and the form's antiforgery cookie (Secure only) is refused.
        var fromElsewhere = await Assert.ThrowsAsync<InvalidOperationException>(() => SignInPage("203.0.113.7"));
        Assert.Contains("not an SSL request", fromElsewhere.Message);
    }

    [Fact]
    public async Task Every_download_of_personal_data_is_marked_no_store()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Administrator");
        var participant = _app.Scoped(db => db.Participants.OrderBy(p => p.Id).Select(p => p.Id).First());
        await _app.WithScopeAsync(services => services.GetRequiredService<CertificateJob>().RunAsync());
        var certificate = _app.Scoped(db => db.Certificates.Where(c => db.CertificateFiles.Any(f => f.CertificateId == c.Id)).OrderBy(c => c.Id).Select(c => new { c.Id, c.SessionId }).First());
        var registered = _app.Scoped(db => db.Registrations.OrderBy(r => r.Id).Select(r => r.SessionId).First());
        var day = _app.Scoped(db => db.SessionDays.Where(d => d.TrainingSessionId == registered).Select(d => d.Id).First());
        var material = await web.PostFileAsync($"/sessions/{registered}/materials", $"/sessions/{registered}/materials", new Dictionary<string, string>
        {
            ["Form.Title"] = "Упутство", ["Form.Kind"] = "Handout", ["Form.Language"] = "sr-Cyrl-RS", ["Form.Visibility"] = "Participants",
        }, "Form.File", "upute.pdf", UploadInspectorTests.Pdf());
        Assert.Equal(HttpStatusCode.Redirect, material.StatusCode);
        var version = _app.Scoped(db => db.MaterialVersions.OrderByDescending(v => v.Id).Select(v => v.Id).First());
        var mail = _app.Scoped(db =>
        {
            var message = new OutboxMessage("ana@primer.rs", "Ана", "Позив", "Поштовани", "<p>Поштовани</p>", "sr-Cyrl-RS", "Invitation", DateTime.UtcNow);
            db.OutboxMessages.Add(message);
            db.SaveChanges();
            return message.Id;
        });

        foreach (var url in new[]
                 {
                     $"/participants/{participant}/personal-data.json", $"/participants/{participant}/personal-data.pdf",
                     $"/sessions/{registered}/registrations/export.csv", $"/sessions/{registered}/registrations/export.xlsx",
                     $"/sessions/{registered}/days/{day}/sign-in-sheet.pdf", $"/sessions/{certificate.SessionId}/certificates/{certificate.Id}/file",
                     $"/materials/versions/{version}", $"/sent-mail/{mail}", $"/sent-mail/{mail}/html",
                 })
        {
            var response = await web.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{url}: Cache-Control {response.Headers.CacheControl}");
        }
    }

    [Theory]
    [InlineData("/sessions/calendar?date=9999-12-31")]
    [InlineData("/sessions/calendar?view=week&date=9999-12-31")]
    [InlineData("/sessions/calendar?date=0001-01-01")]
    [InlineData("/sessions?year=2147483647")]
    [InlineData("/dashboard?year=2147483647")]
    [InlineData("/budgets?year=2147483647")]
    [InlineData("/staff?year=-2147483648")]
    [InlineData("/plans/2147483647")]
    [InlineData("/audit?to=9999-12-31")]
    [InlineData("/audit?from=0001-01-01")]
    public async Task Out_of_range_dates_and_years_answer_400_with_the_usual_page(string url)
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Administrator");
        var response = await web.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Захтев није могуће обрадити", page);
        Assert.Contains("href=\"/account/security\"", page);
    }

    [Fact]
    public async Task An_oversized_body_answers_413_with_a_page_in_the_users_language()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var session = _app.Scoped(db => db.Sessions.OrderBy(s => s.Id).Select(s => s.Id).First());
        var url = $"/sessions/{session}/materials";
        var response = await web.PostFileAsync(url, url, new Dictionary<string, string> { ["Form.Title"] = "Велико" }, "Form.File", "velika.pdf", new byte[22 * 1024 * 1024]);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{response.StatusCode}: {System.Text.RegularExpressions.Regex.Match(page, "<main.*</main>", System.Text.RegularExpressions.RegexOptions.Singleline).Value}");
        Assert.Contains("Послати садржај је превелик.", page);
    }
}
