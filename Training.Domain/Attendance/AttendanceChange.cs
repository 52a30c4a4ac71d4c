using Training.Domain.Common;

namespace Training.Domain.Attendance;

/// <summary>One value an attendance record was given: the first mark and every correction after it.</summary>
public sealed class AttendanceChange : Entity
{
    private AttendanceChange() { }

    internal AttendanceChange(AttendanceMark mark, decimal hours, string changedBy, DateTime changedAtUtc)
    {
        Mark = mark;
        Hours = hours;
        ChangedBy = changedBy;
        ChangedAtUtc = changedAtUtc;
    }

    public int AttendanceRecordId { get; private set; }
    public AttendanceMark Mark { get; private set; }
    public decimal Hours { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public DateTime ChangedAtUtc { get; private set; }
}
