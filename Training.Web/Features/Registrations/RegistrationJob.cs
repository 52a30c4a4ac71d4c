using Hangfire;

namespace Training.Web.Features.Registrations;

/// <summary>
/// Recurring: seat offers that ran out pass to the next person waiting; reminders before sessions;
/// one reminder to invitees who have not answered. Each run recomputes from the tables.
/// </summary>
public sealed class RegistrationJob(RegistrationService registrations)
{
    public const string Id = "seat-offers";

    public static void Schedule(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<RegistrationJob>(Id, job => job.RunAsync(), "*/5 * * * *");

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task<int> RunAsync() =>
        await registrations.LapseExpiredOffersAsync() + await registrations.SendDueRemindersAsync() + await registrations.ChaseUnansweredAsync();
}
