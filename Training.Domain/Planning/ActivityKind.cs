namespace Training.Domain.Planning;

/// <summary>
/// What an activity of the plan is about. Training activities have their fulfilment computed
/// from sessions; staff development and supervision from the Centre's own records; the rest
/// are tracked by status and evidence notes.
/// </summary>
public enum ActivityKind
{
    Other,
    Training,
    StaffDevelopment,
    Supervision,
}
