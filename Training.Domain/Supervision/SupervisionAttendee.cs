namespace Training.Domain.Supervision;

/// <summary>A staff member who took part in a supervision session; only they and management may read its notes.</summary>
public sealed class SupervisionAttendee
{
    private SupervisionAttendee() { }

    internal SupervisionAttendee(int staffMemberId) => StaffMemberId = staffMemberId;

    public int SupervisionSessionId { get; private set; }
    public int StaffMemberId { get; private set; }
}
