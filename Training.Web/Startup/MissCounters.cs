using System.Threading.RateLimiting;

namespace Training.Web.Startup;

/// <summary>
/// Failures counted per purpose and client address in a fixed window: a client that used up its misses for one purpose
/// is refused that purpose until the window ends, and nothing else.
/// </summary>
public sealed class MissCounters(IReadOnlyDictionary<string, int> limits, TimeSpan window)
{
    public TimeSpan Window { get; } = window;

    private readonly PartitionedRateLimiter<(string Purpose, string Client)> _limiter =
        PartitionedRateLimiter.Create<(string Purpose, string Client), (string, string)>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            k => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limits[k.Item1]), Window = window, QueueLimit = 0 }));

    /// <summary>True when the client has no misses left for this purpose.</summary>
    public bool IsBlocked(string purpose, string client) =>
        _limiter.GetStatistics((purpose, client)) is { CurrentAvailablePermits: <= 0 };

    public void CountMiss(string purpose, string client)
    {
        using var _ = _limiter.AttemptAcquire((purpose, client));
    }
}
