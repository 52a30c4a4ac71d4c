using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Training.Infrastructure.Email;
using Training.Infrastructure.Jobs;
using Training.Tests.Support;
using Training.Web.Features.Registrations;

namespace Training.Tests.Infrastructure;

/// <summary>
/// Two app instances on one SQLite file, each with its own services, caches, connection pool and (in-memory)
/// Hangfire: what they share is the database alone, as two processes or two containers do.
/// </summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private readonly SmtpTestServer _smtp = new();
    private TrainingAppFactory _first = null!;
    private TrainingAppFactory _second = null!;

    public Task InitializeAsync()
    {
        _first = TrainingAppFactory.WithSmtp(_smtp, new Dictionary<string, string?> { ["Jobs:LeaseSeconds"] = "3" });
        _first.StartServer();
        _second = _first.SecondInstance();
        _second.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _second.Dispose();
        _first.Dispose();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task A_cookie_from_one_instance_works_on_the_other_and_signing_out_on_one_ends_it_on_both()
    {
        using var web = new WebSession(_first);
        await web.SignInAsRoleAsync("Administrator");
        using var other = _second.CreateDefaultClient(new Uri("https://localhost"));
        other.DefaultRequestHeaders.Add("Cookie", web.CookieHeader());

        var page = await other.GetAsync("/sent-mail");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        // A form from the second, posted to the second with the first's antiforgery cookie: the keys are shared too.
        var token = WebSession.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        var posted = await other.PostAsync("/sent-mail/test", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Test.Email"] = "drugi@example.rs", ["Test.Culture"] = "en", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(1, _first.Scoped(db => db.OutboxMessages.Count(m => m.ToAddress == "drugi@example.rs")));

        // A second sign-in, ended on the first instance, is refused by the second.
        using var ended = new WebSession(_first);
        await ended.SignInAsRoleAsync("Coordinator");
        var copied = ended.CookieHeader();
        await ended.PostFormAsync("/", "/account/logout", new Dictionary<string, string>());
        using var stolen = _second.CreateDefaultClient(new Uri("https://localhost"));
        stolen.DefaultRequestHeaders.Add("Cookie", copied);
        var refused = await stolen.GetAsync("/sessions");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/login", refused.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Both_instances_draining_the_outbox_at_once_send_each_message_once()
    {
        var queued = await FaultTests.QueueAsync(_first, 300);

        // The dispatchers themselves, side by side, without the job's lease: the claims alone keep them apart.
        var sent = await Task.WhenAll(
            Dispatch(_first), Dispatch(_second), Dispatch(_first), Dispatch(_second));

        Assert.Equal(300, sent.Sum());
        await Task.Delay(200);
        var received = _smtp.Messages.Select(m => m.MessageId).ToList();
        Assert.Equal(queued.Order(), received.Order());
        Assert.True(_first.Scoped(db => db.OutboxMessages.All(m => m.Status == OutboxStatus.Sent)));
        Assert.Equal(300, _first.Scoped(db => db.OutboxAttempts.Count()));
        return;

        Task<int> Dispatch(TrainingAppFactory app) => Task.Run(app.DispatchEmailAsync);
    }

    [Fact]
    public async Task Both_instances_sending_reminders_at_once_remind_each_person_once()
    {
        var sessionId = OpenSession.Create(_first, capacity: 30, daysAhead: 10);
        var tokens = OpenSession.Invite(_first, sessionId, 20, "dva");
        using (var web = new WebSession(_first))
            for (var i = 0; i < tokens.Count; i++)
                await web.PostFormAsync($"/r/{tokens[i]}", $"/r/{tokens[i]}", OpenSession.RegistrationFields($"Полазник {i}", $"dva{i}@example.rs"));
        _first.Clock.Offset = _second.Clock.Offset = TimeSpan.FromDays(9);

        var reminded = await Task.WhenAll(Remind(_first), Remind(_second), Remind(_first), Remind(_second));

        Assert.Equal(20, reminded.Sum());
        var reminders = _first.Scoped(db => db.OutboxMessages.Where(m => m.Kind == "Reminder").Select(m => m.ToAddress).ToList());
        Assert.Equal(20, reminders.Count);
        Assert.Equal(20, reminders.Distinct().Count());
        return;

        Task<int> Remind(TrainingAppFactory app) => Task.Run(async () =>
        {
            using var scope = app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<ReminderService>().SendDueRemindersAsync();
        });
    }

    [Fact]
    public async Task A_recurring_job_runs_on_one_instance_at_a_time_and_moves_on_when_its_holder_dies()
    {
        var leases = (First: _first.Services.GetRequiredService<JobLeases>(), Second: _second.Services.GetRequiredService<JobLeases>());
        var started = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var runs = 0;

        // The first instance's run outlasts its 3 s lease; renewing keeps it.
        var first = leases.First.RunAloneAsync("test-job", async () =>
        {
            Interlocked.Increment(ref runs);
            started.SetResult();
            await finish.Task;
            return 1;
        }, 0);
        await started.Task;
        await Task.Delay(TimeSpan.FromSeconds(4));
        var meanwhile = await leases.Second.RunAloneAsync("test-job", () => Task.FromResult(Interlocked.Increment(ref runs)), 0);
        Assert.Equal(0, meanwhile);
        finish.SetResult();
        Assert.Equal(1, await first);
        Assert.Equal(1, runs);

        // Given back at the end, the job is free at once.
        Assert.Equal(2, await leases.Second.RunAloneAsync("test-job", () => Task.FromResult(Interlocked.Increment(ref runs)), 0));

        // A holder that dies never gives its lease back; the lease runs out and the other instance takes over.
        Assert.True(await leases.First.TryTakeAsync("test-job", "an instance that will die"));
        Assert.Equal(0, await leases.Second.RunAloneAsync("test-job", () => Task.FromResult(1), 0));
        _second.Clock.Offset = TimeSpan.FromSeconds(4);
        Assert.Equal(1, await leases.Second.RunAloneAsync("test-job", () => Task.FromResult(1), 0));

        // The app's own jobs go through the lease: one held elsewhere is skipped.
        Assert.True(await leases.First.TryTakeAsync(RegistrationJob.Id, "elsewhere"));
        using var scope = _second.Services.CreateScope();
        _second.Clock.Offset = TimeSpan.Zero;
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<RegistrationJob>().RunAsync());
        Assert.Contains(_second.Logs.Lines, line => line.Contains("Job seat-offers skipped", StringComparison.Ordinal));
    }
}
