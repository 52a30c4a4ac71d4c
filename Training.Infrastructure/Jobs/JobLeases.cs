using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Training.Infrastructure.Persistence;

namespace Training.Infrastructure.Jobs;

/// <summary>
/// Runs a recurring job only where nobody else runs it: the run takes the job's row in <c>JobLeases</c> with a
/// conditional update, renews it while working and gives it back at the end. Another instance (or an overlapping run
/// here) that finds the lease held skips its turn; the job recomputes from the tables next time, so nothing is lost.
/// </summary>
public sealed class JobLeases(IServiceScopeFactory scopes, TimeProvider clock, IOptions<JobsOptions> options, ILogger<JobLeases> logger)
{
    private TimeSpan Duration => TimeSpan.FromSeconds(Math.Max(1, options.Value.LeaseSeconds));

    /// <summary>Runs <paramref name="work"/> if this run gets the lease of <paramref name="job"/>; otherwise returns <paramref name="whenHeld"/>.</summary>
    public async Task<T> RunAloneAsync<T>(string job, Func<Task<T>> work, T whenHeld)
    {
        var holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        if (!await TryTakeAsync(job, holder))
        {
            logger.LogInformation("Job {Job} skipped: another run holds it", job);
            return whenHeld;
        }
        using var stop = new CancellationTokenSource();
        var renewing = RenewAsync(job, holder, stop.Token);
        try
        {
            return await work();
        }
        finally
        {
            await stop.CancelAsync();
            await renewing;
            await ReleaseAsync(job, holder);
        }
    }

    /// <summary>Takes the lease when it is free or has run out; false when someone else holds it.</summary>
    public async Task<bool> TryTakeAsync(string job, string holder)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var now = Now;
        var until = now + Duration;
        var taken = await db.JobLeases.Where(l => l.Name == job && l.ExpiresAtUtc < now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAtUtc, until));
        if (taken == 1)
            return true;
        if (await db.JobLeases.AnyAsync(l => l.Name == job))
            return false;
        // The job's first run anywhere: the primary key lets only one instance insert the row.
        db.JobLeases.Add(new JobLease(job, holder, until));
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    private async Task RenewAsync(string job, string holder, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Duration / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    if (await SetExpiryAsync(job, holder, Now + Duration, stop) == 0)
                        logger.LogWarning("Job {Job} lost its lease while running", job);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A busy database delays one renewal; the lease lasts three periods.
                    logger.LogWarning("Job {Job} could not renew its lease: {Error}", job, ex.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ReleaseAsync(string job, string holder)
    {
        try
        {
            await SetExpiryAsync(job, holder, DateTime.UnixEpoch);
        }
        catch (Exception ex)
        {
            // Not given back, the lease simply runs out.
            logger.LogWarning("Job {Job} could not release its lease: {Error}", job, ex.GetType().Name);
        }
    }

    /// <summary>Moves the end of a lease this holder still has (later to renew it, into the past to give it back); returns 0 when it has it no more.</summary>
    private async Task<int> SetExpiryAsync(string job, string holder, DateTime until, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        return await db.JobLeases.Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAtUtc, until), cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
