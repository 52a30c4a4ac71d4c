namespace Training.Infrastructure.Email;

/// <summary>One try at sending an outbox message, kept so a failure can be explained.</summary>
public sealed class OutboxAttempt
{
    private OutboxAttempt() { }

    internal OutboxAttempt(DateTime attemptedAtUtc, bool succeeded, string? error)
    {
        AttemptedAtUtc = attemptedAtUtc;
        Succeeded = succeeded;
        Error = error;
    }

    public int Id { get; private set; }
    public int OutboxMessageId { get; private set; }
    public DateTime AttemptedAtUtc { get; private set; }
    public bool Succeeded { get; private set; }
    public string? Error { get; private set; }
}
