using Hangfire;
using Training.Infrastructure.Jobs;

namespace Training.Web.Features.Registrations;

/// <summary>
/// Recurring: seat offers that ran out pass to the next person waiting; reminders before sessions;
/// one reminder to invitees who have not answered. Each run recomputes from the tables.
/// </summary>
public sealed class RegistrationJob(SeatService seats, ReminderService reminders, JobLeases leases)
{
    public const string Id = "seat-offers";

    public static void Schedule(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<RegistrationJob>(Id, job => job.RunAsync(), "*/5 * * * *");

    public Task<int> RunAsync() => leases.RunAloneAsync(Id, async () =>
        await seats.LapseExpiredOffersAsync() + await reminders.SendDueRemindersAsync() + await reminders.ChaseUnansweredAsync(), 0);
}
