namespace Training.Tests.Support;

/// <summary>Real time moved by a chosen offset, so a test can jump past a due time.</summary>
public sealed class TestClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
