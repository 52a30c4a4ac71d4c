using Training.Domain.Common;

namespace Training.Domain.Supervision;

/// <summary>
/// One meeting with an external supervisor: when, how long, group or individual, who took part and on
/// what topic. The notes are confidential: management and the attendees read them, nobody else.
/// </summary>
public sealed class SupervisionSession : Entity
{
    private readonly List<SupervisionAttendee> _attendees = [];

    private SupervisionSession() { }

    public SupervisionSession(int supervisorId, DateOnly date, decimal hours, SupervisionFormat format, string topic, string? notes,
        IReadOnlyCollection<int> attendeeIds, string by, DateTime nowUtc)
    {
        SupervisorId = supervisorId;
        RecordedBy = by;
        RecordedAtUtc = nowUtc;
        Revise(date, hours, format, topic, notes, attendeeIds);
    }

    public int SupervisorId { get; private set; }
    public DateOnly Date { get; private set; }
    public decimal Hours { get; private set; }
    public SupervisionFormat Format { get; private set; }
    public string Topic { get; private set; } = "";
    public string? ConfidentialNotes { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAtUtc { get; private set; }
    public IReadOnlyCollection<SupervisionAttendee> Attendees => _attendees;

    public bool Attended(int staffMemberId) => _attendees.Any(a => a.StaffMemberId == staffMemberId);

    public void Revise(DateOnly date, decimal hours, SupervisionFormat format, string topic, string? notes, IReadOnlyCollection<int> attendeeIds)
    {
        if (hours is <= 0 or > 24)
            throw new DomainException("Validation.Positive", nameof(Hours));
        var ids = attendeeIds.Distinct().ToList();
        if (ids.Count == 0)
            throw new DomainException("Supervision.NoAttendees", "AttendeeIds");
        if (format == SupervisionFormat.Individual && ids.Count != 1)
            throw new DomainException("Supervision.IndividualIsOne", "AttendeeIds");
        Date = date;
        Hours = hours;
        Format = format;
        Topic = Guard.Required(topic, nameof(Topic), 300);
        ConfidentialNotes = Guard.Optional(notes, nameof(ConfidentialNotes), 8000);
        _attendees.RemoveAll(a => !ids.Contains(a.StaffMemberId));
        foreach (var id in ids.Where(id => !Attended(id)))
            _attendees.Add(new SupervisionAttendee(id));
    }
}
