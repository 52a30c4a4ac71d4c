namespace Training.Infrastructure.Email;

public enum OutboxStatus
{
    Pending,
    Sent,
    /// <summary>Gave up after the maximum number of attempts; shown to Administrators, who can retry it.</summary>
    Failed,
}
