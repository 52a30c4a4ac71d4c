using Hangfire;

namespace Training.Web.Features.Registrations;

/// <summary>Recurring: seat offers that ran out pass to the next person waiting. Recomputed from the tables each run.</summary>
public sealed class RegistrationJob(RegistrationService registrations)
{
    public const string Id = "seat-offers";

    public static void Schedule(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<RegistrationJob>(Id, job => job.RunAsync(), "*/5 * * * *");

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public Task<int> RunAsync() => registrations.LapseExpiredOffersAsync();
}
