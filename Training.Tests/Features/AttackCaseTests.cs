using System.Globalization;
using System.Net;
using MimeKit;
using Training.Domain.Attendance;
using Training.Domain.Certificates;
using Training.Domain.Registrations;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>
/// The attacks a public web form invites, each with its expected result. Cases covered where their feature is
/// tested are named in the README's security section (rate limits, expired and reused links, uploads, lockout,
/// the job dashboard, CSV/XLSX formulas, a link used on another session's materials, concurrent registrations).
/// </summary>
public sealed class AttackCaseTests : IAsyncLifetime
{
    private const string Markup = "\"><img src=x onerror=alert(1)>";
    private readonly SmtpTestServer _smtp = new();
    private TrainingAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = TrainingAppFactory.WithSmtp(_smtp);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _smtp.DisposeAsync();
    }

    private async Task DispatchAsync() =>
        await _app.DispatchEmailAsync();

    private int Registrations(int sessionId) => _app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId));

    [Fact]
    public async Task A_mail_scanners_GET_and_HEAD_leave_the_link_usable()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        var token = OpenSession.Invite(_app, sessionId, 1, "scanned")[0];
        using var scanner = new WebSession(_app);
        Assert.Equal(HttpStatusCode.OK, (await scanner.GetFollowingLinkAsync($"/r/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scanner.GetFollowingLinkAsync($"/r/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await scanner.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/r/{token}"))).StatusCode);
        Assert.Equal(0, Registrations(sessionId));

        using var person = new WebSession(_app);
        var registered = await person.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields("Скенирана Особа", "scanned0@example.rs"));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal(1, Registrations(sessionId));
    }

    [Fact]
    public async Task After_the_first_visit_the_token_leaves_the_address()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        var tokens = OpenSession.Invite(_app, sessionId, 2, "address");
        using var person = new WebSession(_app);
        var first = await person.Client.GetAsync($"/r/{tokens[0]}");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var location = first.Headers.Location!.OriginalString;
        Assert.Matches("^/r/~[0-9a-f]{16}$", location);
        var cookie = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Training.Link.", StringComparison.Ordinal));
        Assert.Contains("secure", cookie.ToLowerInvariant());
        Assert.Contains("httponly", cookie.ToLowerInvariant());
        Assert.DoesNotContain(tokens[0], cookie);
        var page = await person.GetPageAsync(location);
        Assert.DoesNotContain(tokens[0], page);
        Assert.Contains($"action=\"{location}\"", page);

        // The handle alone is nothing: another browser without the cookie gets a 404.
        using var stranger = new WebSession(_app);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(location)).StatusCode);

        // A second link in the same browser has its own address and acts for its own invitation only.
        var second = (await person.Client.GetAsync($"/r/{tokens[1]}")).Headers.Location!.OriginalString;
        Assert.NotEqual(location, second);
        await person.PostFormAsync(second, second, OpenSession.RegistrationFields("Друга Адреса", "address1@example.rs"));
        Assert.Equal(["address1@example.rs"], _app.Scoped(db => db.Registrations.Where(r => r.SessionId == sessionId)
            .Select(r => db.Participants.Single(p => p.Id == r.ParticipantId).Email).ToList()));
        Assert.Contains("value=\"address0@example.rs\"", await person.GetPageAsync(location));
    }

    [Fact]
    public async Task Extra_posted_fields_are_ignored()
    {
        var sessionId = OpenSession.Create(_app, capacity: 1);
        var tokens = OpenSession.Invite(_app, sessionId, 2, "extra");
        using var first = new WebSession(_app);
        await first.PostFormAsync($"/r/{tokens[0]}", $"/r/{tokens[0]}", OpenSession.RegistrationFields("Прва Особа", "extra0@example.rs"));
        var someoneElse = _app.Scoped(db => db.Participants.OrderBy(p => p.Id).First().Id);

        using var second = new WebSession(_app);
        var fields = OpenSession.RegistrationFields("Друга Особа", "extra1@example.rs");
        fields["Status"] = "Confirmed";
        fields["SeatTaken"] = "true";
        fields["IsAdmin"] = "true";
        fields["ParticipantId"] = someoneElse.ToString(CultureInfo.InvariantCulture);
        fields["SessionId"] = "1";
        await second.PostFormAsync($"/r/{tokens[1]}", $"/r/{tokens[1]}", fields);

        var registration = _app.Scoped(db => db.Registrations.Where(r => r.SessionId == sessionId).OrderBy(r => r.Id).Skip(1)
            .Select(r => new { r.Status, Email = db.Participants.Single(p => p.Id == r.ParticipantId).Email }).Single());
        Assert.Equal((RegistrationStatus.Waitlisted, "extra1@example.rs"), (registration.Status, registration.Email));
        Assert.False(_app.Scoped(db => db.Registrations.Any(r => r.SessionId == 1 && r.ParticipantId == someoneElse && r.CreatedAtUtc > DateTime.UtcNow.AddMinutes(-5))));
    }

    [Fact]
    public async Task Markup_in_a_name_is_encoded_in_pages_and_emails()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        var token = OpenSession.Invite(_app, sessionId, 1, "markup")[0];
        using var person = new WebSession(_app);
        await person.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields(Markup, "markup0@example.rs"));
        Assert.Equal(1, Registrations(sessionId));

        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        foreach (var page in new[] { await coordinator.GetPageAsync($"/sessions/{sessionId}"), await person.GetPageAsync($"/r/{token}") })
        {
            Assert.DoesNotContain("<img src=x", page);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page);
        }
        await DispatchAsync();
        var confirmation = await _smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "markup0@example.rs"));
        Assert.DoesNotContain("<img src=x", confirmation.HtmlBody ?? "");
        Assert.Contains(Markup, confirmation.TextBody);
    }

    [Fact]
    public async Task Line_breaks_in_a_title_reach_one_recipient_and_one_attendee()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        _app.Scoped(db =>
        {
            var session = db.Sessions.Single(s => s.Id == sessionId);
            session.Rename("Обука\r\nBcc: evil@example.rs\r\nATTENDEE;CN=Evil:mailto:evil@example.rs", "sr-Cyrl-RS");
            return db.SaveChanges();
        });
        var token = OpenSession.Invite(_app, sessionId, 1, "header")[0];
        using var person = new WebSession(_app);
        await person.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields("Заглавље Тест", "header0@example.rs"));
        await DispatchAsync();
        var confirmation = await _smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "header0@example.rs") && m.Attachments.Any());
        Assert.Equal(["header0@example.rs"], confirmation.To.Mailboxes.Concat(confirmation.Cc.Mailboxes).Concat(confirmation.Bcc.Mailboxes).Select(a => a.Address));
        Assert.DoesNotContain(_smtp.Messages, m => m.To.Mailboxes.Concat(m.Bcc.Mailboxes).Any(a => a.Address == "evil@example.rs"));
        var ics = confirmation.Attachments.OfType<MimePart>().Single(a => a.FileName == "obuka.ics");
        using var content = new MemoryStream();
        await ics.Content!.DecodeToAsync(content);
        var lines = System.Text.Encoding.UTF8.GetString(content.ToArray()).Split("\r\n");
        Assert.Single(lines, l => l.StartsWith("ATTENDEE", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("evil@example.rs", StringComparison.Ordinal) && !l.StartsWith("SUMMARY", StringComparison.Ordinal) && !l.StartsWith(' '));
    }

    [Fact]
    public async Task Sequential_verification_codes_find_nothing()
    {
        var held = HeldSession.Create(_app, [-1], ["Провера Кода"], delivered: true);
        var (code, number) = _app.Scoped(db =>
        {
            var details = new CertificateDetails("Провера Кода", "Обука", DateOnly.FromDateTime(DateTime.UtcNow), DateOnly.FromDateTime(DateTime.UtcNow), 6, "", "", "", "sr-Cyrl-RS");
            var certificate = Certificate.Issue("CZZTLJ", 2098, 1, held.SessionId, held.People[0].ParticipantId, details, new Completion(6, 6, 80), null, DateOnly.FromDateTime(DateTime.UtcNow), "k");
            db.Certificates.Add(certificate);
            db.SaveChanges();
            return (certificate.VerificationCode, certificate.Number);
        });
        using var anonymous = new WebSession(_app);
        Assert.Contains("Провера Кода", await anonymous.GetPageAsync($"/verify/{code}"));
        var last = code[^1];
        var guesses = new[] { code[..^1] + (char)(last + 1), code[..^1] + (char)(last - 1), number, "CZZTLJ-2098-00002", "00001", "1", "2" };
        foreach (var guess in guesses)
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Client.GetAsync($"/verify/{Uri.EscapeDataString(guess)}")).StatusCode);
    }

    [Fact]
    public async Task Tokens_and_addresses_never_reach_the_logs()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        await coordinator.PostFormAsync($"/sessions/{sessionId}/invite", $"/sessions/{sessionId}/invite",
            new Dictionary<string, string> { ["Addresses"] = "Тајна Адреса <tajna.adresa@example.rs>", ["Culture"] = "sr-Cyrl-RS" });
        await DispatchAsync();
        var invitation = await _smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "tajna.adresa@example.rs"));
        var token = TrainingAppFactory.LinkTokenIn(invitation.TextBody);
        using var person = new WebSession(_app);
        await person.GetPageAsync($"/r/{token}");
        await person.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields("Тајна Адреса", "tajna.adresa@example.rs"));
        await person.PostFormAsync($"/r/{token}", $"/r/{token}/cancel", new Dictionary<string, string>());
        await person.Client.GetAsync($"/r/{token}x");
        await DispatchAsync();

        Assert.NotEmpty(_app.Logs.Lines);
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("tajna.adresa", StringComparison.OrdinalIgnoreCase));
    }
}
