using Hangfire;

namespace Training.Web.Features.Certificates;

/// <summary>
/// Renders and emails issued certificates. Enqueued when a coordinator issues them, and recurring
/// as a safety net: it works from the certificates table, so a lost job loses nothing.
/// </summary>
public sealed class CertificateJob(CertificateService certificates)
{
    public const string Id = "certificates";

    public static void Schedule(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<CertificateJob>(Id, job => job.RunAsync(), "*/2 * * * *");

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task<int> RunAsync() => certificates.DeliverPendingAsync();
}
