using Hangfire;
using Training.Infrastructure.Email;
using Training.Infrastructure.Jobs;

namespace Training.Web.Features.SentMail;

/// <summary>The recurring job that drains the outbox. It recomputes from the table, so losing Hangfire's state loses nothing.</summary>
public sealed class OutboxJob(OutboxDispatcher dispatcher, JobLeases leases)
{
    public const string Id = "email-outbox";

    public static void Schedule(IRecurringJobManager jobs, string cron) =>
        jobs.AddOrUpdate<OutboxJob>(Id, job => job.RunAsync(CancellationToken.None), cron);

    // Each run starts from the table, so a failed run needs no retry of its own: the next minute is one.
    [AutomaticRetry(Attempts = 0)]
    public Task<int> RunAsync(CancellationToken cancellationToken) => leases.RunAloneAsync(Id, () => dispatcher.DispatchDueAsync(cancellationToken), 0);
}
