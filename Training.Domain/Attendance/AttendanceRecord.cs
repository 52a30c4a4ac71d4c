using Training.Domain.Common;
using Training.Domain.Participants;
using Training.Domain.Sessions;

namespace Training.Domain.Attendance;

/// <summary>
/// Whether one person was at one day of a session, and for how many hours. Every value it ever had
/// is kept in <see cref="Changes"/> with who set it and when, so corrections after the fact are visible.
/// </summary>
public sealed class AttendanceRecord : Entity
{
    private readonly List<AttendanceChange> _changes = [];

    private AttendanceRecord() { }

    private AttendanceRecord(int sessionId, SessionDay day, int participantId, int? organisationId, bool walkIn)
    {
        SessionId = sessionId;
        SessionDayId = day.Id;
        ParticipantId = participantId;
        OrganisationId = organisationId;
        IsWalkIn = walkIn;
    }

    public int SessionId { get; private set; }
    public int SessionDayId { get; private set; }
    public int ParticipantId { get; private set; }

    /// <summary>
    /// The institution the person came from, as it was that day: reports count the institutions
    /// reached then, even after someone changes jobs.
    /// </summary>
    public int? OrganisationId { get; private set; }

    public AttendanceMark Mark { get; private set; }

    /// <summary>Hours the person was there: the day's hours when present, fewer when partial, none when absent.</summary>
    public decimal Hours { get; private set; }

    /// <summary>Came without a registration and was recorded on the spot.</summary>
    public bool IsWalkIn { get; private set; }

    /// <summary>Marked present by their own check-in code rather than by the coordinator's hand.</summary>
    public bool CheckedIn { get; private set; }

    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAtUtc { get; private set; }
    public IReadOnlyCollection<AttendanceChange> Changes => _changes;

    /// <summary>A first mark for this person and day; refused for a day not yet started or a cancelled session.</summary>
    public static AttendanceRecord Record(TrainingSession session, SessionDay day, Participant participant, AttendanceMark mark, decimal? partialHours,
        bool walkIn, string by, DateTime nowUtc, bool checkedIn = false) =>
        Record(session, day, participant.Id, participant.OrganisationId, mark, partialHours, walkIn, by, nowUtc, checkedIn);

    public static AttendanceRecord Record(TrainingSession session, SessionDay day, int participantId, int? organisationId, AttendanceMark mark, decimal? partialHours,
        bool walkIn, string by, DateTime nowUtc, bool checkedIn = false)
    {
        var record = new AttendanceRecord(session.Id, day, participantId, organisationId, walkIn);
        record.Set(session, day, mark, partialHours, by, nowUtc, checkedIn);
        return record;
    }

    /// <summary>Sets a new mark; returns false (and records nothing) when it is the same as before.</summary>
    public bool Set(TrainingSession session, SessionDay day, AttendanceMark mark, decimal? partialHours, string by, DateTime nowUtc, bool checkedIn = false)
    {
        if (day.Id != SessionDayId)
            throw new DomainException("Attendance.WrongDay", nameof(SessionDayId));
        session.EnsureAttendanceOpen(day, nowUtc);
        var hours = mark switch
        {
            AttendanceMark.Present => day.Hours,
            AttendanceMark.Absent => 0m,
            _ => partialHours is > 0 && partialHours < day.Hours
                ? partialHours.Value
                : throw new DomainException("Attendance.PartialHours", nameof(Hours), Math.Round(day.Hours, 2)),
        };
        if (_changes.Count > 0 && Mark == mark && Hours == hours)
            return false;
        Mark = mark;
        Hours = hours;
        CheckedIn = checkedIn;
        RecordedBy = Guard.Required(by, nameof(RecordedBy), 256);
        RecordedAtUtc = nowUtc;
        _changes.Add(new AttendanceChange(mark, hours, RecordedBy, nowUtc));
        return true;
    }
}
