using Hangfire;

namespace Training.Web.Features.Evaluation;

/// <summary>Recurring: invitations to each phase of evaluation as it opens, and one reminder. Works from the tables.</summary>
public sealed class EvaluationJob(EvaluationService evaluation)
{
    public const string Id = "evaluations";

    public static void Schedule(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<EvaluationJob>(Id, job => job.RunAsync(), "17 * * * *");

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task<int> RunAsync() => evaluation.SendDueAsync();
}
