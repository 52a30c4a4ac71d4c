namespace Training.Infrastructure.Jobs;

/// <summary>
/// Who runs a recurring job right now, and until when. Hangfire's own locks live in its storage, which is
/// in memory on the embedded default, so two app instances on one database need this row to agree.
/// </summary>
public sealed class JobLease
{
    public JobLease(string name, string holder, DateTime expiresAtUtc)
    {
        Name = name;
        Holder = holder;
        ExpiresAtUtc = expiresAtUtc;
    }

    public string Name { get; private set; }

    /// <summary>The instance and run that hold the lease.</summary>
    public string Holder { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }
}
