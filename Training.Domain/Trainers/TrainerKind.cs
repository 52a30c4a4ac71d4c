namespace Training.Domain.Trainers;

public enum TrainerKind
{
    /// <summary>A member of the Centre's staff, linked to their user account.</summary>
    Internal,
    External,
}
