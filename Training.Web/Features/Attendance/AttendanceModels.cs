using Training.Domain.Attendance;
using Training.Domain.Sessions;

namespace Training.Web.Features.Attendance;

/// <summary>One cell of the grid as posted: a person, a day, and the mark the coordinator chose.</summary>
public sealed class MarkInput
{
    public int ParticipantId { get; set; }
    public int DayId { get; set; }
    public AttendanceMark? Mark { get; set; }
    public decimal? Hours { get; set; }
}

public sealed class WalkInForm
{
    public string? FullName { get; set; }
    public string? Email { get; set; }
    public string? Institution { get; set; }
    public int? DayId { get; set; }
}

/// <summary>A person on the attendance grid: registered and confirmed, or recorded as a walk-in.</summary>
public sealed record AttendancePerson(int ParticipantId, int? OrganisationId, string FullName, string Email, string? Institution, bool IsWalkIn, string? RegistrationTokenHash)
{
    public Dictionary<int, AttendanceRecord> Marks { get; } = [];
}

public sealed record AttendanceChangeRow(string FullName, DateOnly Day, AttendanceMark Mark, decimal Hours, string ChangedBy, DateTime ChangedAtUtc);

public sealed record AttendanceSheet(TrainingSession Session, IReadOnlyList<SessionDay> Days, IReadOnlyList<AttendancePerson> People,
    IReadOnlyList<AttendanceChangeRow> Changes, DateTime NowUtc)
{
    public bool IsOpen(SessionDay day) => Session.Status != SessionStatus.Cancelled && day.StartsAtUtc <= NowUtc;

    public Completion CompletionOf(AttendancePerson person) => Completion.Of(person.Marks.Values, Session.Hours, Session.CompletionPercent);
}

public sealed record AttendancePage(AttendanceSheet Sheet, WalkInForm WalkIn, IReadOnlyList<MarkInput>? Posted = null);

public sealed record CheckInPage(TrainingSession Session, SessionDay? Today, string? Code, string? MarkedName, int PresentToday, int Expected);
