namespace Training.Domain.Planning;

/// <summary>Where an activity that is not computed from records stands, as the coordinator reports it.</summary>
public enum ActivityProgress
{
    NotStarted,
    InProgress,
    Done,
}
