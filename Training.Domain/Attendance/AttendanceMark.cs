namespace Training.Domain.Attendance;

public enum AttendanceMark
{
    Present,
    Partial,
    Absent,
}
