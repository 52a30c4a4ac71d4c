using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Infrastructure.Email;
using Training.Infrastructure.Persistence;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>
/// A participant's whole token is readable by no administrator: the Sent mail pages cut links short, and a delivered
/// message's stored copy keeps no working link, while a message not yet delivered keeps its link for the retry.
/// </summary>
public sealed class SentMailLinkTests : IAsyncLifetime
{
    // The first message the server sees is refused (421): the outbox must try again with the link intact.
    private readonly SmtpTestServer _smtp = new(n => n == 1 ? SmtpFault.Refuse : SmtpFault.None);
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

    [Fact]
    public async Task Links_are_masked_on_the_sent_mail_pages_and_cut_from_the_stored_copy_once_delivered()
    {
        var sessionId = OpenSession.Create(_app, capacity: 10);
        using (var coordinator = new WebSession(_app))
        {
            await coordinator.SignInAsRoleAsync("Coordinator");
            await coordinator.PostFormAsync($"/sessions/{sessionId}/invite", $"/sessions/{sessionId}/invite",
                new Dictionary<string, string> { ["Addresses"] = "Јована Лазић <jovana@example.rs>", ["Culture"] = "sr-Cyrl-RS" });
        }
        using var admin = new WebSession(_app);
        await admin.SignInAsRoleAsync("Administrator");
        OutboxMessage Stored() => _app.Scoped(db => db.OutboxMessages.AsNoTracking().Single(m => m.ToAddress == "jovana@example.rs"));
        var queued = Stored();
        var token = TrainingAppFactory.LinkTokenIn(queued.TextBody);
        Assert.Equal(43, token.Length);
        var masked = $"http://obuke.test/r/{token[..4]}…";

        var details = WebUtility.HtmlDecode(await admin.GetPageAsync($"/sent-mail/{queued.Id}"));
        var html = await admin.GetPageAsync($"/sent-mail/{queued.Id}/html");
        Assert.Contains(masked, details);
        Assert.Contains(masked, WebUtility.HtmlDecode(html));
        Assert.DoesNotContain(token, details);
        Assert.DoesNotContain(token, html);

        // Refused: not delivered, so the stored message keeps its whole link for the next attempt.
        Assert.Equal(0, await _app.DispatchEmailAsync());
        Assert.Contains(token, Stored().TextBody);
        await _app.WithScopeAsync(s => s.GetRequiredService<TrainingDbContext>().OutboxMessages
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptAtUtc, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal(1, await _app.DispatchEmailAsync());

        // The participant received the whole link, and it works.
        var received = await _smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "jovana@example.rs"));
        Assert.Equal(token, TrainingAppFactory.LinkTokenIn(received.TextBody));
        Assert.Contains(token, received.HtmlBody);
        using var participant = new WebSession(_app);
        await participant.GetPageAsync($"/r/{token}");

        // The stored copy of the delivered message keeps the link cut short, in both bodies.
        var sent = Stored();
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.DoesNotContain(token, sent.TextBody);
        Assert.DoesNotContain(token, sent.HtmlBody);
        Assert.Contains(masked, sent.TextBody);
        Assert.Contains(masked, WebUtility.HtmlDecode(sent.HtmlBody!));
        Assert.Equal("", TrainingAppFactory.LinkTokenIn(sent.TextBody + sent.HtmlBody));
    }

    [Fact]
    public void Every_kind_of_personal_link_is_cut_and_other_addresses_are_left_alone()
    {
        var sealedToken = "CfDJ8" + new string('x', 120);
        var text = $"""
            https://obuke.example.rs/r/{new string('A', 43)}
            https://obuke.example.rs/materials/for/{sealedToken}
            https://obuke.example.rs/e/{sealedToken}.
            https://obuke.example.rs/privacy and https://obuke.example.rs/sessions/12
            """;
        Assert.Equal($"""
            https://obuke.example.rs/r/AAAA…
            https://obuke.example.rs/materials/for/CfDJ…
            https://obuke.example.rs/e/CfDJ….
            https://obuke.example.rs/privacy and https://obuke.example.rs/sessions/12
            """, LinkMask.Mask(text));
    }
}
