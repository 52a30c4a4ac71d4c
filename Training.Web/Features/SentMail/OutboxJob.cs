using Hangfire;
using Training.Infrastructure.Email;

namespace Training.Web.Features.SentMail;

/// <summary>The recurring job that drains the outbox. It recomputes from the table, so losing Hangfire's state loses nothing.</summary>
public sealed class OutboxJob(OutboxDispatcher dispatcher)
{
    public const string Id = "email-outbox";

    public static void Schedule(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<OutboxJob>(Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely());

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0)]
    public Task<int> RunAsync(CancellationToken cancellationToken) => dispatcher.DispatchDueAsync(cancellationToken);
}
