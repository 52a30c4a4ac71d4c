using Training.Domain.Common;

namespace Training.Domain.Planning;

/// <summary>One of the Centre's trainers at a partner's training, with the hours they taught there.</summary>
public sealed class PartnerTrainer : Entity
{
    private PartnerTrainer() { }

    internal PartnerTrainer(int trainerId, decimal hours) => (TrainerId, Hours) = (trainerId, hours);

    public int PartnerTrainingId { get; private set; }
    public int TrainerId { get; private set; }
    public decimal Hours { get; private set; }
}
