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

/// <summary>
/// A mark sent from the room: the mark the trainer chose and the stamp (<see cref="DayMark.Version"/>) of the value
/// their phone showed when they chose it. The mark travels as its name, as the page's script holds it.
/// </summary>
public sealed class RoomMarkInput
{
    public int ParticipantId { get; set; }
    public string? Mark { get; set; }
    public decimal? Hours { get; set; }
    public int Seen { get; set; }
}

/// <summary>
/// One person's mark for one day as a phone keeps it: the value, who set it, and its stamp, the number of times it
/// has been set (0: never). A write carrying an older stamp than the stored one is a conflict, not an overwrite.
/// </summary>
public sealed record DayMark(int ParticipantId, AttendanceMark? Mark, decimal? Hours, int Version, string? By, DateTime? AtUtc)
{
    public static DayMark Of(AttendancePerson person, SessionDay day) =>
        person.Marks.TryGetValue(day.Id, out var record)
            ? new DayMark(person.ParticipantId, record.Mark, record.Hours, record.Changes.Count, record.RecordedBy, record.RecordedAtUtc)
            : new DayMark(person.ParticipantId, null, null, 0, null, null);

    /// <summary>Whether the stored value already is what the phone asks for (a stale stamp then is no conflict).</summary>
    public bool SameAs(AttendanceMark mark, decimal? hours) => Mark == mark && (mark != AttendanceMark.Partial || Hours == hours);
}

/// <summary>The list of one day for marking in the room (a trainer's phone).</summary>
public sealed record DayList(AttendanceSheet Sheet, SessionDay Day)
{
    public bool IsOpen => Sheet.IsOpen(Day);
}
