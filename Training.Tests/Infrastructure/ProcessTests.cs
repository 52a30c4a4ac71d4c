using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Training.Infrastructure.Email;
using Training.Infrastructure.Persistence;
using Training.Tests.Support;
using Xunit.Abstractions;

namespace Training.Tests.Infrastructure;

/// <summary>
/// The app as real processes on one SQLite file, each with the Hangfire server running and draining the outbox
/// every second: two at once, and one killed with SIGKILL halfway through a thousand emails.
/// </summary>
public sealed class ProcessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"training-process-{Guid.NewGuid():N}.db");
    private readonly SmtpTestServer _smtp = new();

    /// <summary>The demo data only where a demo user signs in: its sessions give the jobs mail of their own to send.</summary>
    private Dictionary<string, string> Settings(bool demo = false) => new()
    {
        ["Seed:DemoData"] = demo ? "true" : "false",
        ["Email:Delivery"] = "Smtp",
        ["Email:SmtpHost"] = "127.0.0.1",
        ["Email:SmtpPort"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Jobs:OutboxSchedule"] = "* * * * * *",
        ["Jobs:LeaseSeconds"] = "6",
        // A killed sender's claimed messages go to another run after 10 s rather than the default five minutes.
        ["Email:ClaimSeconds"] = "10",
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        TestDatabase.Delete(_file);
    }

    [Fact]
    public async Task Two_processes_on_one_file_share_the_sign_in_and_send_each_email_once()
    {
        await using var first = await AppProcess.StartAsync(_file, Settings(demo: true));
        await using var second = await AppProcess.StartAsync(_file, Settings(demo: true));

        using var web = new WebSession(first.Address);
        await web.SignInAsRoleAsync("Coordinator");
        using var other = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = second.Address };
        other.DefaultRequestHeaders.Add("Cookie", web.CookieHeader());
        var page = await other.GetAsync("/sessions");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/account/logout", await page.Content.ReadAsStringAsync());

        var queued = await QueueAsync(200);
        await WaitForAsync(() => queued.All(_smtp.Messages.Select(m => m.MessageId).ToHashSet().Contains), TimeSpan.FromMinutes(1), first, second);
        // Both keep polling every second; a second copy would come now.
        await Task.Delay(TimeSpan.FromSeconds(3));

        // The demo data's own jobs (certificates, reminders) may queue mail of their own at any moment, so the outbox
        // is empty once the last of those went too; none was sent twice either.
        await WaitForAsync(() =>
        {
            using var db = Context();
            return db.OutboxMessages.All(m => m.Status == OutboxStatus.Sent);
        }, TimeSpan.FromSeconds(30), first, second);
        var received = _smtp.Messages.Select(m => m.MessageId).ToList();
        Assert.Equal(received.Count, received.Distinct().Count());
        Assert.Empty(queued.Except(received));
    }

    [Fact]
    public async Task A_process_killed_halfway_through_a_thousand_emails_loses_none_after_a_restart()
    {
        var first = await AppProcess.StartAsync(_file, Settings());
        var queued = await QueueAsync(1000);
        await WaitForAsync(() => _smtp.Messages.Count >= 400, TimeSpan.FromMinutes(1), first);
        await first.KillAsync();
        var atKill = _smtp.Messages.Count;
        Assert.True(atKill < 1000, $"killed halfway: {atKill} of 1,000 had arrived");
        await first.DisposeAsync();

        await using var restarted = await AppProcess.StartAsync(_file, Settings());
        await WaitForAsync(() => _smtp.Messages.Select(m => m.MessageId).Distinct().Count() >= 1000, TimeSpan.FromMinutes(2), restarted);
        await Task.Delay(TimeSpan.FromSeconds(2));

        var received = _smtp.Messages.Select(m => m.MessageId).ToList();
        var duplicates = received.Count - received.Distinct().Count();
        output.WriteLine($"{atKill} arrived before the kill; {received.Count} in all, {duplicates} sent twice (sent, not yet recorded, when the process died)");
        Assert.Equal(queued.Order(), received.Distinct().Order());
        // At most what was in flight: the three connections' messages and results not yet written.
        Assert.InRange(duplicates, 0, 20);
        using var db = Context();
        Assert.True(await db.OutboxMessages.AllAsync(m => m.Status == OutboxStatus.Sent));
    }

    private TrainingDbContext Context() => TestDatabase.ContextFor(_file);

    private async Task<List<string>> QueueAsync(int count)
    {
        using var db = Context();
        var messages = TestDatabase.Messages(count);
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return messages.Select(m => m.MessageId).ToList();
    }

    private static async Task WaitForAsync(Func<bool> done, TimeSpan timeout, params AppProcess[] apps)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("Not delivered in time. " + string.Join("\n---\n", apps.Select(a => a.Output)));
            await Task.Delay(100);
        }
    }
}
