using Hangfire;
using Training.Infrastructure.Jobs;

namespace Training.Web.Features.Evaluation;

/// <summary>Recurring: invitations to each phase of evaluation as it opens, and one reminder. Works from the tables.</summary>
public sealed class EvaluationJob(EvaluationService evaluation, JobLeases leases)
{
    public const string Id = "evaluations";

    public static void Schedule(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<EvaluationJob>(Id, job => job.RunAsync(), "17 * * * *");

    public Task<int> RunAsync() => leases.RunAloneAsync(Id, evaluation.SendDueAsync, 0);
}
