namespace Training.Domain.Planning;

public enum TargetKind
{
    Sessions,
    Participants,
    TrainingHours,
    Budget,
}
