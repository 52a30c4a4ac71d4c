using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Infrastructure.Email;
using Training.Infrastructure.Persistence;
using Training.Tests.Support;

namespace Training.Tests.Infrastructure;

/// <summary>Email leaves through the outbox to a real SMTP server running in the test process.</summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private readonly SmtpTestServer _smtp = new();
    private TrainingAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = TrainingAppFactory.WithSmtp(_smtp, new Dictionary<string, string?> { ["Email:MaxAttempts"] = "3" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Test_email_queued_from_the_admin_page_arrives_in_the_chosen_language()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Administrator");
        var queued = await web.PostFormAsync("/sent-mail", "/sent-mail/test", new Dictionary<string, string> { ["Test.Email"] = "ana@example.rs", ["Test.Culture"] = "sr-Cyrl-RS" });
        Assert.Equal(HttpStatusCode.Redirect, queued.StatusCode);
        Assert.Equal(OutboxStatus.Pending, _app.Scoped(db => db.OutboxMessages.Single().Status));

        var sent = await DispatchAsync();

        Assert.Equal(1, sent);
        var message = await _smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "ana@example.rs"));
        Assert.Equal("Пробна порука система за обуке", message.Subject);
        Assert.Contains("слање е-поште ради", message.TextBody);
        var row = _app.Scoped(db => db.OutboxMessages.Include(m => m.Attempts).Single());
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(row.MessageId, message.MessageId);
        Assert.Single(row.Attempts, a => a.Succeeded);
    }

    [Fact]
    public async Task A_sent_message_is_not_sent_again()
    {
        await QueueAsync("one@example.rs");
        Assert.Equal(1, await DispatchAsync());
        Assert.Equal(0, await DispatchAsync());
        await Task.Delay(200);
        Assert.Single(_smtp.Messages);
    }

    [Fact]
    public async Task Invalid_address_in_the_test_form_is_refused_next_to_the_field()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Administrator");
        var response = await web.PostFormAsync("/sent-mail", "/sent-mail/test", new Dictionary<string, string> { ["Test.Email"] = "not an address", ["Test.Culture"] = "en" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Унесите исправну адресу е-поште.", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, _app.Scoped(db => db.OutboxMessages.Count()));
    }

    [Fact]
    public async Task Unreachable_server_is_retried_with_backoff_then_shown_as_failed()
    {
        using var down = new TrainingAppFactory(new Dictionary<string, string?>
        {
            ["Email:Delivery"] = "Smtp",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = SmtpTestServer.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Email:MaxAttempts"] = "2",
        });
        await QueueAsync("two@example.rs", down);

        Assert.Equal(0, await DispatchAsync(down));
        var afterFirst = down.Scoped(db => db.OutboxMessages.Include(m => m.Attempts).Single());
        Assert.Equal(OutboxStatus.Pending, afterFirst.Status);
        Assert.Equal(1, afterFirst.AttemptCount);
        Assert.True(afterFirst.NextAttemptAtUtc > DateTime.UtcNow, "the next attempt waits");
        Assert.NotNull(afterFirst.LastError);

        // Not due yet: nothing is tried.
        Assert.Equal(0, await DispatchAsync(down));
        Assert.Equal(1, down.Scoped(db => db.OutboxMessages.Single().AttemptCount));

        await down.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<TrainingDbContext>();
            await db.OutboxMessages.ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptAtUtc, DateTime.UtcNow.AddMinutes(-1)));
        });
        await DispatchAsync(down);
        var failed = down.Scoped(db => db.OutboxMessages.Include(m => m.Attempts).Single());
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(2, failed.Attempts.Count(a => !a.Succeeded));

        using var web = new WebSession(down);
        await web.SignInAsRoleAsync("Administrator");
        var list = await web.GetPageAsync("/sent-mail");
        Assert.Contains("Неуспешно послатих порука: 1.", list);
    }

    private Task QueueAsync(string to, TrainingAppFactory? app = null) =>
        (app ?? _app).WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<TrainingDbContext>();
            db.OutboxMessages.Add(new OutboxMessage(to, null, "Subject", "Body", null, "sr-Cyrl-RS", "Test", DateTime.UtcNow.AddSeconds(-1)));
            await db.SaveChangesAsync();
        });

    private Task<int> DispatchAsync(TrainingAppFactory? app = null) => (app ?? _app).DispatchEmailAsync();
}
