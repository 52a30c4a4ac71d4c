using Hangfire;
using Training.Infrastructure.Jobs;

namespace Training.Web.Features.Certificates;

/// <summary>
/// Renders and emails issued certificates. Enqueued when a coordinator issues them, and recurring
/// as a safety net: it works from the certificates table, so a lost job loses nothing.
/// </summary>
public sealed class CertificateJob(CertificateService certificates, JobLeases leases)
{
    public const string Id = "certificates";

    public static void Schedule(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<CertificateJob>(Id, job => job.RunAsync(), "*/2 * * * *");

    public Task<int> RunAsync() => leases.RunAloneAsync(Id, () => certificates.DeliverPendingAsync(), 0);
}
