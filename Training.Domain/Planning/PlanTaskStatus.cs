namespace Training.Domain.Planning;

/// <summary>Where a task of an activity stands; a dropped task carries the reason and no longer counts.</summary>
public enum PlanTaskStatus
{
    NotStarted,
    InProgress,
    Done,
    Dropped,
}
