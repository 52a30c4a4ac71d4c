namespace Training.Infrastructure.Jobs;

/// <summary>The <c>Jobs</c> configuration section.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run the Hangfire server in this process (tests switch it off and run jobs directly).</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>When the outbox is drained (cron; a sixth field in front counts seconds).</summary>
    public string OutboxSchedule { get; set; } = "* * * * *";

    /// <summary>How long a job's lease lasts without renewal; a run renews it every third of this, so an instance that
    /// dies frees its jobs within this time.</summary>
    public int LeaseSeconds { get; set; } = 60;
}
