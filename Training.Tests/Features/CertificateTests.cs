using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Training.Domain.Certificates;
using Training.Infrastructure.Email;
using Training.Tests.Support;
using Training.Web.Features.Certificates;

namespace Training.Tests.Features;

/// <summary>Certificates from attendance to the participant's download and the public verification page.</summary>
public sealed partial class CertificateTests : IClassFixture<TrainingAppFactory>
{
    private const string Markup = "<script>alert('x')</script>";
    private readonly TrainingAppFactory _app;

    public CertificateTests(TrainingAppFactory app) => _app = app;

    /// <summary>A delivered two-day session (12 hours): the first and third person attended both days, the second only the first.</summary>
    private async Task<(HeldSession.Held Held, WebSession Coordinator)> DeliveredWithAttendanceAsync()
    {
        var held = HeldSession.Create(_app, [-2, -1], ["Милица Јовановић", "Стефан Павловић", $"{Markup} Јана"], delivered: true);
        var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var url = $"/sessions/{held.SessionId}/attendance";
        var cells = new Dictionary<string, string>();
        var i = 0;
        foreach (var (person, days) in new[] { (held.People[0], 2), (held.People[1], 1), (held.People[2], 2) })
        {
            for (var d = 0; d < days; d++, i++)
            {
                cells[$"Marks[{i}].ParticipantId"] = person.ParticipantId.ToString(CultureInfo.InvariantCulture);
                cells[$"Marks[{i}].DayId"] = held.DayIds[d].ToString(CultureInfo.InvariantCulture);
                cells[$"Marks[{i}].Mark"] = "Present";
            }
        }
        Assert.Equal(HttpStatusCode.Redirect, (await web.PostFormAsync(url, url, cells)).StatusCode);
        return (held, web);
    }

    private Task<int> DeliverAsync() => DeliverWith(s => s.GetRequiredService<CertificateService>().DeliverPendingAsync());

    private async Task<int> DeliverWith(Func<IServiceProvider, Task<int>> work)
    {
        var result = 0;
        await _app.WithScopeAsync(async services => result = await work(services));
        return result;
    }

    private static Task<HttpResponseMessage> IssueAsync(WebSession web, int sessionId, Dictionary<string, string>? fields = null) =>
        web.PostFormAsync($"/sessions/{sessionId}/certificates", $"/sessions/{sessionId}/certificates/issue", fields ?? []);

    [Fact]
    public async Task Issuing_renders_a_Cyrillic_PDF_with_a_QR_to_its_verification_page_and_emails_a_download_link()
    {
        var (held, web) = await DeliveredWithAttendanceAsync();
        using var _ = web;
        var page = await web.GetPageAsync($"/sessions/{held.SessionId}/certificates");
        Assert.Contains("не испуњава услов: 6 од потребних 9,6 ч (80 %)", page);

        await IssueAsync(web, held.SessionId);
        var issued = _app.Scoped(db => db.Certificates.Where(c => c.SessionId == held.SessionId).ToList());
        Assert.Equal([held.People[0].ParticipantId, held.People[2].ParticipantId], issued.Select(c => c.ParticipantId).Order().ToList());
        Assert.All(issued, c => Assert.Null(c.DeliveredAtUtc));
        // The demo data's certificates of closed sessions may be delivered in the same run.
        Assert.True(await DeliverAsync() >= 2);
        Assert.Equal(0, await DeliverAsync());
        Assert.All(_app.Scoped(db => db.Certificates.Where(c => c.SessionId == held.SessionId).ToList()), c => Assert.NotNull(c.DeliveredAtUtc));

        var milica = issued.Single(c => c.ParticipantId == held.People[0].ParticipantId);
        Assert.Matches(@"^CZZTLJ-\d{4}-\d{5}$", milica.Number);
        var stored = _app.Scoped(db => db.CertificateFiles.Single(f => f.CertificateId == milica.Id).Content);
        var text = PdfChecks.Text(stored);
        Assert.Contains("Милица Јовановић", text);
        Assert.Contains(milica.Number, text);
        Assert.Contains("трајању од 12 сати", text);
        var baseUrl = _app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmailOptions>>().Value.PublicBaseUrl;
        Assert.Equal($"{baseUrl}/verify/{milica.VerificationCode}", PdfImage.ReadQrCode(stored));

        var email = _app.Scoped(db => db.OutboxMessages.Single(m => m.ToAddress == held.People[0].Email && m.Kind == "Certificate"));
        var link = DownloadLink().Match(email.TextBody).Groups[1].Value;
        Assert.NotEmpty(link);
        using var anonymous = new WebSession(_app);
        var download = await anonymous.Client.GetAsync(link);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(stored, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Client.GetAsync(link[..^2] + (link[^2..] == "AA" ? "AB" : "AA"))).StatusCode);
    }

    [Fact]
    public async Task The_participant_downloads_only_their_own_certificate_from_their_page()
    {
        var (held, web) = await DeliveredWithAttendanceAsync();
        using var _ = web;
        await IssueAsync(web, held.SessionId);
        await DeliverAsync();
        var milicas = _app.Scoped(db => db.Certificates.Single(c => c.ParticipantId == held.People[0].ParticipantId));

        using var participant = new WebSession(_app);
        var page = await participant.GetPageAsync($"/r/{held.People[0].Token}");
        Assert.Matches($"href=\"/r/~[0-9a-f]{{16}}/certificates/{milicas.Id}\"", page);
        Assert.Contains(milicas.Number, page);
        var pdf = await participant.Client.GetAsync($"/r/{held.People[0].Token}/certificates/{milicas.Id}");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Contains("Милица Јовановић", PdfChecks.Text(await pdf.Content.ReadAsByteArrayAsync()));
        // Another person's link with Milica's certificate id: nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await participant.Client.GetAsync($"/r/{held.People[1].Token}/certificates/{milicas.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await participant.Client.GetAsync($"/r/{held.People[2].Token}/certificates/{milicas.Id}")).StatusCode);
    }

    [Fact]
    public async Task Verification_says_valid_or_revoked_shows_no_contact_details_and_an_unknown_code_is_not_found()
    {
        var (held, web) = await DeliveredWithAttendanceAsync();
        using var _ = web;
        await IssueAsync(web, held.SessionId);
        var certificate = _app.Scoped(db => db.Certificates.Single(c => c.ParticipantId == held.People[0].ParticipantId));

        using var employer = new WebSession(_app);
        var valid = await employer.GetPageAsync($"/verify/{certificate.VerificationCode}");
        Assert.Contains("Сертификат је важећи.", valid);
        Assert.Contains("Милица Јовановић", valid);
        Assert.Contains("12", valid);
        Assert.DoesNotContain(held.People[0].Email, valid);
        Assert.DoesNotContain("Краљево", valid);

        var revoke = await web.PostFormAsync($"/sessions/{held.SessionId}/certificates", $"/sessions/{held.SessionId}/certificates/{certificate.Id}/revoke",
            new Dictionary<string, string> { ["reason"] = "Издат грешком" });
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        var revoked = await employer.GetPageAsync($"/verify/{certificate.VerificationCode.ToLowerInvariant()}");
        Assert.Contains("Сертификат је опозван", revoked);
        // The reason is the staff's free text about a person: it stays on the staff's page, not on the public one.
        Assert.DoesNotContain("Издат грешком", revoked);
        Assert.Contains("Издат грешком", await web.GetPageAsync($"/sessions/{held.SessionId}/certificates"));

        var unknown = certificate.VerificationCode[..^1] + (certificate.VerificationCode[^1] == '0' ? '1' : '0');
        Assert.Equal(HttpStatusCode.NotFound, (await employer.Client.GetAsync($"/verify/{unknown}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.Client.GetAsync($"/verify/{certificate.Id}")).StatusCode);
    }

    [Fact]
    public async Task Below_the_rule_only_with_a_reason_which_is_recorded()
    {
        var (held, web) = await DeliveredWithAttendanceAsync();
        using var _ = web;
        var stefan = held.People[1].ParticipantId;
        await IssueAsync(web, held.SessionId, new Dictionary<string, string> { ["participantId"] = stefan.ToString(CultureInfo.InvariantCulture) });
        var refused = await web.GetPageAsync($"/sessions/{held.SessionId}/certificates");
        Assert.True(refused.Contains("Услов за сертификат није испуњен (присуство 6 ч, потребно 9,6 ч)"), Regex.Match(refused, "alert-danger[^>]*>([^<]*)").Value);
        Assert.Equal(0, _app.Scoped(db => db.Certificates.Count(c => c.ParticipantId == stefan)));

        await IssueAsync(web, held.SessionId, new Dictionary<string, string> { ["participantId"] = stefan.ToString(CultureInfo.InvariantCulture), ["overrideReason"] = "Други дан на терену, градиво надокнадио" });
        var certificate = _app.Scoped(db => db.Certificates.Single(c => c.ParticipantId == stefan));
        Assert.Equal(("Други дан на терену, градиво надокнадио", "coordinator@demo.local"), (certificate.OverrideReason, certificate.IssuedBy));
    }

    [Fact]
    public async Task A_name_with_markup_is_literal_in_the_PDF_and_encoded_on_pages()
    {
        var (held, web) = await DeliveredWithAttendanceAsync();
        using var _ = web;
        await IssueAsync(web, held.SessionId);
        await DeliverAsync();
        var certificate = _app.Scoped(db => db.Certificates.Single(c => c.ParticipantId == held.People[2].ParticipantId));
        var pdf = _app.Scoped(db => db.CertificateFiles.Single(f => f.CertificateId == certificate.Id).Content);
        Assert.Contains(Markup, PdfChecks.Text(pdf));
        using var anonymous = new WebSession(_app);
        var page = await anonymous.GetPageAsync($"/verify/{certificate.VerificationCode}");
        Assert.DoesNotContain(Markup, page);
        Assert.Contains("&lt;script&gt;", page);
    }

    [Fact]
    public async Task A_name_correction_issues_a_new_version_and_the_old_one_verifies_as_replaced()
    {
        var (held, web) = await DeliveredWithAttendanceAsync();
        using var _ = web;
        await IssueAsync(web, held.SessionId);
        await DeliverAsync();
        var original = _app.Scoped(db => db.Certificates.Single(c => c.ParticipantId == held.People[0].ParticipantId));
        await web.PostFormAsync($"/sessions/{held.SessionId}/certificates", $"/sessions/{held.SessionId}/certificates/{original.Id}/correct",
            new Dictionary<string, string> { ["fullName"] = "Милица Јовановић Ракић" });
        Assert.Equal(1, await DeliverAsync());

        var versions = _app.Scoped(db => db.Certificates.Where(c => c.ParticipantId == held.People[0].ParticipantId).OrderBy(c => c.Version).ToList());
        Assert.Equal([(1, CertificateStatus.Revoked), (2, CertificateStatus.Valid)], versions.Select(c => (c.Version, c.Status)).ToList());
        Assert.Equal(original.Number + "/2", versions[1].Number);
        Assert.Equal(versions[1].Id, versions[0].ReplacedById);
        Assert.Contains("Милица Јовановић Ракић", PdfChecks.Text(_app.Scoped(db => db.CertificateFiles.Single(f => f.CertificateId == versions[1].Id).Content)));
        Assert.Equal("Милица Јовановић Ракић", _app.Scoped(db => db.Participants.Single(p => p.Id == held.People[0].ParticipantId).FullName));

        using var employer = new WebSession(_app);
        Assert.Contains("Замењен је исправљеном верзијом 2.", await employer.GetPageAsync($"/verify/{original.VerificationCode}"));
        Assert.Contains("Сертификат је важећи.", await employer.GetPageAsync($"/verify/{versions[1].VerificationCode}"));
    }

    [Fact]
    public async Task A_session_not_yet_delivered_issues_none()
    {
        var held = HeldSession.Create(_app, [-1], ["Лука Милошевић"]);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        await IssueAsync(web, held.SessionId, new Dictionary<string, string> { ["participantId"] = held.People[0].ParticipantId.ToString(CultureInfo.InvariantCulture), ["overrideReason"] = "x" });
        Assert.Equal(0, _app.Scoped(db => db.Certificates.Count(c => c.SessionId == held.SessionId)));
    }

    [Theory]
    [InlineData("en", "CERTIFICATE", "Милена Јовановић", "lasting 6 hours")]
    [InlineData("sr-Latn-RS", "SERTIFIKAT", "Милена Јовановић", "trajanju od 6 sati")]
    [InlineData("sr-Cyrl-RS", "СЕРТИФИКАТ", "Milena Jovanović", "трајању од 6 сати")]
    public async Task The_certificate_is_in_the_participants_language_with_the_name_as_they_wrote_it(string culture, string title, string name, string hours)
    {
        var held = HeldSession.Create(_app, [-1], [name], delivered: true, culture: culture);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var url = $"/sessions/{held.SessionId}/attendance";
        await web.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Marks[0].ParticipantId"] = held.People[0].ParticipantId.ToString(CultureInfo.InvariantCulture), ["Marks[0].DayId"] = held.DayIds[0].ToString(CultureInfo.InvariantCulture), ["Marks[0].Mark"] = "Present",
        });
        await IssueAsync(web, held.SessionId);
        await DeliverAsync();
        var certificate = _app.Scoped(db => db.Certificates.Single(c => c.SessionId == held.SessionId));
        var text = PdfChecks.Text(_app.Scoped(db => db.CertificateFiles.Single(f => f.CertificateId == certificate.Id).Content));
        Assert.Contains(title, text);
        Assert.Contains(name, text);
        Assert.Contains(hours, text);
        Assert.Equal(culture == "sr-Cyrl-RS", text.Contains("СЕРТИФИКАТ"));
        var email = _app.Scoped(db => db.OutboxMessages.Single(m => m.ToAddress == held.People[0].Email && m.Kind == "Certificate"));
        Assert.Equal(culture, email.Culture);
    }

    [GeneratedRegex(@"https?://[^/\s]+(/certificates/[A-Za-z0-9_-]{43})")]
    private static partial Regex DownloadLink();
}
