using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Infrastructure.Email;
using Training.Infrastructure.Persistence;
using Training.Tests.Support;
using Training.Web.Features.SentMail;

namespace Training.Tests.Infrastructure;

/// <summary>Parts fail: the SMTP server refuses or cuts off messages, the database is locked. Nothing is lost.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task Refused_and_cut_off_messages_all_arrive_in_the_end_with_no_more_duplicates_than_cut_offs()
    {
        // One message in ten answered 421, one in a hundred kept by the server and then cut off before its reply.
        await using var smtp = new SmtpTestServer(n => n % 100 == 0 ? SmtpFault.DropAfterData : n % 10 == 0 ? SmtpFault.Refuse : SmtpFault.None);
        using var app = TrainingAppFactory.WithSmtp(smtp);
        var queued = await QueueAsync(app, 300);

        // Each round is a later run of the outbox job; the clock jumps past every backoff (at most an hour).
        for (var round = 0; round < 10 && app.Scoped(db => db.OutboxMessages.Any(m => m.Status != OutboxStatus.Sent)); round++)
        {
            await app.DispatchEmailAsync();
            app.Clock.Offset += TimeSpan.FromHours(1);
        }

        var received = smtp.Messages.Select(m => m.MessageId).ToList();
        Assert.True(smtp.Refused >= 30 && smtp.Dropped >= 3, $"the fault plan ran: {smtp.Refused} refused, {smtp.Dropped} cut off");
        Assert.Equal(queued.Order(), received.Distinct().Order());
        Assert.InRange(received.Count - queued.Count, 0, smtp.Dropped);
        Assert.All(app.Scoped(db => db.OutboxMessages.Include(m => m.Attempts).ToList()), m =>
        {
            Assert.Equal(OutboxStatus.Sent, m.Status);
            Assert.Single(m.Attempts, a => a.Succeeded);
        });
        // Every failed attempt is on record, visible on the sent-mail page.
        Assert.Equal(smtp.Refused + smtp.Dropped, app.Scoped(db => db.OutboxAttempts.Count(a => !a.Succeeded)));
    }

    [Fact]
    public async Task A_locked_database_gets_a_friendly_page_and_a_job_that_fails_then_both_succeed_afterwards()
    {
        var (app, file) = WithShortBusyWait();
        using var _ = app;
        using var web = new WebSession(app);
        await web.SignInAsRoleAsync("Administrator");
        var form = new Dictionary<string, string> { ["Test.Email"] = "vesna@example.rs", ["Test.Culture"] = "sr-Cyrl-RS" };

        await using (await LockAsync(file))
        {
            var refused = await web.PostFormAsync("/sent-mail", "/sent-mail/test", form);
            await AssertUnavailablePageAsync(refused);

            var job = await Assert.ThrowsAnyAsync<Exception>(() => app.WithScopeAsync(s => s.GetRequiredService<OutboxJob>().RunAsync(CancellationToken.None)));
            Assert.True(DatabaseFaults.IsUnavailable(job), job.ToString());
        }

        Assert.Equal(0, app.Scoped(db => db.OutboxMessages.Count()));
        var accepted = await web.PostFormAsync("/sent-mail", "/sent-mail/test", form);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var sent = 0;
        await app.WithScopeAsync(async s => sent = await s.GetRequiredService<OutboxJob>().RunAsync(CancellationToken.None));
        Assert.Equal(1, sent);
        Assert.Equal(OutboxStatus.Sent, app.Scoped(db => db.OutboxMessages.Single().Status));
    }

    [Fact]
    public async Task A_sign_in_that_runs_out_while_the_database_is_locked_still_gets_the_friendly_page()
    {
        var (app, file) = WithShortBusyWait();
        using var _ = app;
        using var web = new WebSession(app);
        await web.SignInAsRoleAsync("Coordinator");
        // Busy all day, so only the eight-hour limit ends the session; ending it writes to the database.
        for (var minutes = 25; minutes <= 7 * 60 + 55; minutes += 25)
        {
            app.Clock.Offset = TimeSpan.FromMinutes(minutes);
            Assert.Equal(HttpStatusCode.OK, (await web.Client.GetAsync("/sessions")).StatusCode);
        }
        app.Clock.Offset = TimeSpan.FromHours(8) + TimeSpan.FromMinutes(5);

        await using (await LockAsync(file))
            // The error page itself runs through the sign-in check again, which fails the same way; it is shown all the same.
            await AssertUnavailablePageAsync(await web.Client.GetAsync("/sessions"));

        var after = await web.Client.GetAsync("/sessions");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.OriginalString);
    }

    /// <summary>The app on a file of its own whose writers wait one second for a lock, not ten.</summary>
    private static (TrainingAppFactory App, string File) WithShortBusyWait()
    {
        var file = Path.Combine(Path.GetTempPath(), $"training-test-{Guid.NewGuid():N}.db");
        return (new TrainingAppFactory(new Dictionary<string, string?> { ["Database:ConnectionString"] = $"Data Source={file};Default Timeout=1" }, databaseFile: file), file);
    }

    /// <summary>Another program holds the write lock until the result is disposed.</summary>
    private static async Task<SqliteConnection> LockAsync(string file)
    {
        var holder = new SqliteConnection($"Data Source={file};Pooling=False");
        await holder.OpenAsync();
        await using var command = holder.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE;";
        await command.ExecuteNonQueryAsync();
        return holder;
    }

    private static async Task AssertUnavailablePageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("30", response.Headers.GetValues("Retry-After").Single());
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Систем тренутно не може да приступи бази података.", page);
        Assert.Contains("<html", page);
    }

    /// <summary>Queues <paramref name="count"/> messages; returns their Message-IDs.</summary>
    internal static async Task<List<string>> QueueAsync(TrainingAppFactory app, int count)
    {
        var ids = new List<string>();
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<TrainingDbContext>();
            var messages = TestDatabase.Messages(count);
            db.OutboxMessages.AddRange(messages);
            await db.SaveChangesAsync();
            ids.AddRange(messages.Select(m => m.MessageId));
        });
        return ids;
    }
}
