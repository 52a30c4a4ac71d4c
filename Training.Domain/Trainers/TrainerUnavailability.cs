using Training.Domain.Common;

namespace Training.Domain.Trainers;

/// <summary>Days a trainer cannot teach (leave, other engagements).</summary>
public sealed class TrainerUnavailability : Entity
{
    private TrainerUnavailability() { }

    internal TrainerUnavailability(DateOnly from, DateOnly to, string? reason)
    {
        From = from;
        To = to;
        Reason = reason;
    }

    public int TrainerId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string? Reason { get; private set; }
}
