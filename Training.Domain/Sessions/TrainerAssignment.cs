using Training.Domain.Common;
using Training.Domain.Trainers;

namespace Training.Domain.Sessions;

/// <summary>A trainer teaching a session, in a role, for a fee.</summary>
public sealed class TrainerAssignment : Entity
{
    private TrainerAssignment() { }

    internal TrainerAssignment(Trainer trainer, TrainerRole role, decimal fee)
    {
        Trainer = trainer;
        TrainerId = trainer.Id;
        Role = role;
        Fee = fee;
    }

    public int TrainingSessionId { get; private set; }
    public int TrainerId { get; private set; }
    public Trainer Trainer { get; private set; } = null!;
    public TrainerRole Role { get; private set; }
    public decimal Fee { get; private set; }
}
