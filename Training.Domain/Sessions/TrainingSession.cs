using Training.Domain.Common;
using Training.Domain.Programmes;
using Training.Domain.Trainers;
using Training.Domain.Venues;

namespace Training.Domain.Sessions;

/// <summary>
/// One delivery of a programme: its days, place, capacity, registration window, trainers and
/// status. It guards its own rules; clashes with other sessions are checked against the
/// sessions the caller passes in (those sharing its venue or trainer).
/// </summary>
public sealed class TrainingSession : Entity
{
    public const int MaxDays = 10;

    private static readonly Dictionary<SessionStatus, SessionStatus[]> Moves = new()
    {
        [SessionStatus.Draft] = [SessionStatus.Planned, SessionStatus.Cancelled],
        [SessionStatus.Planned] = [SessionStatus.OpenForRegistration, SessionStatus.Cancelled],
        [SessionStatus.OpenForRegistration] = [SessionStatus.RegistrationClosed, SessionStatus.Cancelled],
        [SessionStatus.RegistrationClosed] = [SessionStatus.Delivered, SessionStatus.OpenForRegistration, SessionStatus.Cancelled],
        [SessionStatus.Delivered] = [SessionStatus.Closed],
        [SessionStatus.Closed] = [],
        [SessionStatus.Cancelled] = [],
    };

    private readonly List<SessionDay> _days = [];
    private readonly List<TrainerAssignment> _trainers = [];

    private TrainingSession() { }

    public TrainingSession(TrainingProgramme programme, IReadOnlyList<DayPlan> days, int capacity)
    {
        Programme = programme ?? throw new DomainException("Validation.Required", nameof(Programme));
        ProgrammeId = programme.Id;
        Title = programme.Title;
        Language = programme.Language;
        TargetSectorCodes = programme.TargetSectorCodes;
        PlanActivityId = programme.PlanActivityId;
        Reschedule(days);
        SetCapacity(capacity, null, 0);
        RegistrationClosesOn = FirstDay.AddDays(-1);
        Touch();
    }

    public int ProgrammeId { get; private set; }
    public TrainingProgramme Programme { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public IReadOnlyCollection<SessionDay> Days => _days;
    public int? VenueId { get; private set; }
    public Venue? Venue { get; private set; }
    public bool IsOnline { get; private set; }
    public string? MeetingLink { get; private set; }
    public int Capacity { get; private set; }
    public int? MinParticipants { get; private set; }
    /// <summary>The first day links accept registrations; null: from the moment the session is opened for registration.</summary>
    public DateOnly? RegistrationOpensOn { get; private set; }
    public DateOnly RegistrationClosesOn { get; private set; }
    /// <summary>Stored as comma-separated codes so lists can filter on it in SQL.</summary>
    public string TargetSectorCodes { get; private set; } = "";
    public SectorSet TargetSectors => SectorSet.Parse(TargetSectorCodes);
    public string Language { get; private set; } = "sr-Cyrl-RS";
    public int? PlanActivityId { get; private set; }

    /// <summary>
    /// A second activity the session also counts towards, when the plan lists the same workshop under two
    /// activities (I.I.1 and III.II.1); the year's totals still count it once.
    /// </summary>
    public int? AlsoPlanActivityId { get; private set; }

    public SessionStatus Status { get; private set; } = SessionStatus.Draft;
    public string? CancellationReason { get; private set; }
    public DateTime StartsAtUtc { get; private set; }
    public DateTime EndsAtUtc { get; private set; }
    public IReadOnlyCollection<TrainerAssignment> Trainers => _trainers;

    /// <summary>
    /// Seats held (confirmed or offered). Changed only by a conditional UPDATE in the database, in the
    /// same transaction as the registration, so concurrent registrants can never overfill a session.
    /// </summary>
    public int SeatsTaken { get; private set; }

    /// <summary>SHA-256 of the open registration link shared on mailing lists; null while the link is off.</summary>
    public string? OpenLinkHash { get; private set; }

    public bool HasOpenLink => OpenLinkHash is not null;

    /// <summary>Switches the open link on with a new token (an earlier open link stops working).</summary>
    public void OpenLinkWith(string tokenHash) => OpenLinkHash = tokenHash;

    public void CloseOpenLink() => OpenLinkHash = null;

    /// <summary>Share of the hours a participant must attend for a certificate; null follows the programme.</summary>
    public int? CompletionPercentOverride { get; private set; }

    public int CompletionPercent => CompletionPercentOf(CompletionPercentOverride, Programme.CompletionPercent);

    /// <summary>The completion rule from its two parts, for a query that reads them without loading the session.</summary>
    public static int CompletionPercentOf(int? sessionOverride, int programmePercent) => sessionOverride ?? programmePercent;

    /// <summary>Sets this session's own completion rule, or follows the programme's again with null.</summary>
    public void SetCompletionRule(int? percent)
    {
        if (percent is < 1 or > 100)
            throw new DomainException("Validation.Percent", nameof(CompletionPercentOverride));
        CompletionPercentOverride = percent;
        Touch();
    }

    /// <summary>Attendance is recorded only for a day that has started, and never for a cancelled session.</summary>
    public void EnsureAttendanceOpen(SessionDay day, DateTime nowUtc)
    {
        if (Status == SessionStatus.Cancelled)
            throw new DomainException("Attendance.SessionCancelled", nameof(Status));
        if (!_days.Contains(day))
            throw new DomainException("Attendance.WrongDay", "SessionDayId");
        if (day.StartsAtUtc > nowUtc)
            throw new DomainException("Attendance.DayNotStarted", "SessionDayId", day.Date);
    }

    /// <summary>Changes with every edit; a save carrying an older value is refused (two coordinators editing at once).</summary>
    public Guid Version { get; private set; }

    public DateOnly FirstDay => _days.Min(d => d.Date);
    public DateOnly LastDay => _days.Max(d => d.Date);
    public decimal Hours => _days.Sum(d => d.Hours);

    public int SeatsFree => Math.Max(0, Capacity - SeatsTaken);

    /// <summary>Open to registrations on <paramref name="today"/> (Belgrade date).</summary>
    public bool AcceptsRegistrations(DateOnly today) =>
        Status == SessionStatus.OpenForRegistration && !OpensLaterThan(today) && today <= RegistrationClosesOn;

    /// <summary>Open for registration, but links work only from a later date the coordinator set.</summary>
    public bool OpensLaterThan(DateOnly today) => RegistrationOpensOn is { } opens && opens > today;

    /// <summary>The place as one line ("venue, address, municipality"); null when online or not yet set.</summary>
    public string? VenueLine => Venue is null ? null : $"{Venue.Name}, {Venue.Address}, {Venue.Municipality?.Name}";

    public bool IsEditable => Status is not (SessionStatus.Delivered or SessionStatus.Closed or SessionStatus.Cancelled);

    public IReadOnlyList<SessionStatus> AllowedMoves => Moves[Status];

    public void Rename(string title, string language)
    {
        EnsureEditable();
        Title = Guard.Required(title, nameof(Title), 300);
        Language = Guard.Required(language, nameof(Language), 20);
        Touch();
    }

    public void Reschedule(IReadOnlyList<DayPlan> days)
    {
        EnsureEditable();
        if (days.Count == 0)
            throw new DomainException("Session.NeedsDay", "Days");
        if (days.Count > MaxDays)
            throw new DomainException("Session.TooManyDays", "Days", MaxDays);
        for (var i = 0; i < days.Count; i++)
        {
            if (days[i].End <= days[i].Start)
                throw new DomainException("Session.DayEndsBeforeStart", $"Days[{i}].End");
        }
        var ordered = days.OrderBy(d => d.Date).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Date == ordered[i - 1].Date)
                throw new DomainException("Session.DaysOverlap", $"Days[{days.ToList().IndexOf(ordered[i])}].Date", ordered[i].Date);
        }
        _days.Clear();
        _days.AddRange(ordered.Select(d => new SessionDay(d.Date, d.Start, d.End)));
        StartsAtUtc = _days.Min(d => d.StartsAtUtc);
        EndsAtUtc = _days.Max(d => d.EndsAtUtc);
        if (RegistrationClosesOn != default && RegistrationClosesOn > FirstDay)
            throw new DomainException("Session.RegistrationClosesAfterStart", nameof(RegistrationClosesOn));
        Touch();
    }

    /// <summary>Where it happens: a venue, online, or both undecided while a draft.</summary>
    public void HoldAt(Venue? venue, bool online, string? meetingLink)
    {
        EnsureEditable();
        var link = Guard.Optional(meetingLink, nameof(MeetingLink), 500);
        if (online && link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            throw new DomainException("Session.MeetingLinkInvalid", nameof(MeetingLink));
        Venue = venue;
        VenueId = venue?.Id;
        IsOnline = online;
        MeetingLink = online ? link : null;
        Touch();
    }

    /// <summary>Capacity can never drop below the places already taken.</summary>
    public void SetCapacity(int capacity, int? minParticipants, int registered)
    {
        EnsureEditable();
        if (capacity < 1)
            throw new DomainException("Validation.AtLeastOne", nameof(Capacity));
        if (capacity < registered)
            throw new DomainException("Session.CapacityBelowRegistered", nameof(Capacity), registered);
        if (minParticipants is not null && (minParticipants < 1 || minParticipants > capacity))
            throw new DomainException("Session.MinimumAboveCapacity", nameof(MinParticipants));
        Capacity = capacity;
        MinParticipants = minParticipants;
        Touch();
    }

    public void SetRegistrationWindow(DateOnly? opensOn, DateOnly closesOn)
    {
        EnsureEditable();
        if (closesOn < opensOn)
            throw new DomainException("Session.RegistrationClosesBeforeOpening", nameof(RegistrationClosesOn));
        if (closesOn > FirstDay)
            throw new DomainException("Session.RegistrationClosesAfterStart", nameof(RegistrationClosesOn));
        RegistrationOpensOn = opensOn;
        RegistrationClosesOn = closesOn;
        Touch();
    }

    public void Target(SectorSet sectors, int? planActivityId)
    {
        EnsureEditable();
        TargetSectorCodes = sectors.ToString();
        PlanActivityId = planActivityId;
        // The second activity only ever adds to a first, different one.
        if (planActivityId is null || planActivityId == AlsoPlanActivityId)
            AlsoPlanActivityId = null;
        Touch();
    }

    /// <summary>
    /// Counts the session towards a second activity too, or no longer with null. Plan bookkeeping, so allowed after
    /// delivery; it needs a first activity, different from the second, and a session that took place or will.
    /// </summary>
    public void CountAlsoFor(int? planActivityId)
    {
        if (planActivityId is not null && Status == SessionStatus.Cancelled)
            throw new DomainException("Session.CancelledCountsNowhere", nameof(AlsoPlanActivityId));
        if (planActivityId is not null && PlanActivityId is null)
            throw new DomainException("Session.AlsoNeedsFirstActivity", nameof(AlsoPlanActivityId));
        if (planActivityId is not null && planActivityId == PlanActivityId)
            throw new DomainException("Session.AlsoSameActivity", nameof(AlsoPlanActivityId));
        AlsoPlanActivityId = planActivityId;
    }

    /// <summary>A venue holds one session at a time: refuses when another live session there overlaps.</summary>
    public void EnsureVenueFree(IEnumerable<TrainingSession> sessionsAtVenue)
    {
        if (VenueId is null)
            return;
        var clash = sessionsAtVenue.FirstOrDefault(s => s.Id != Id && s.VenueId == VenueId && s.Status != SessionStatus.Cancelled && OverlapsWith(s));
        if (clash is not null)
            throw new DomainException("Session.VenueClash", nameof(VenueId), clash.Title, clash.FirstDay);
    }

    /// <summary>True when more people are admitted than the venue holds: a warning, not an error.</summary>
    public bool ExceedsVenueCapacity => Venue is not null && Capacity > Venue.Capacity;

    public TrainerAssignment AssignTrainer(Trainer trainer, TrainerRole role, decimal fee, IEnumerable<TrainingSession> trainersOtherSessions)
    {
        EnsureEditable();
        if (_trainers.Any(t => t.TrainerId == trainer.Id && trainer.Id != 0))
            throw new DomainException("Session.TrainerAlreadyAssigned", "TrainerId", trainer.FullName);
        if (fee < 0)
            throw new DomainException("Validation.NotNegative", "Fee");
        if (!trainer.IsActive)
            throw new DomainException("Session.TrainerInactive", "TrainerId", trainer.FullName);
        EnsureTrainerFree(trainer, trainersOtherSessions);
        var assignment = new TrainerAssignment(trainer, role, fee);
        _trainers.Add(assignment);
        Touch();
        return assignment;
    }

    /// <summary>Refuses when the trainer is unavailable on a day of this session or teaches another live session at the same time.</summary>
    public void EnsureTrainerFree(Trainer trainer, IEnumerable<TrainingSession> trainersOtherSessions)
    {
        var unavailable = trainer.UnavailableOn(_days.Select(d => d.Date));
        if (unavailable is not null)
            throw new DomainException("Session.TrainerUnavailable", "TrainerId", trainer.FullName, unavailable.From, unavailable.To);
        var clash = trainersOtherSessions.FirstOrDefault(s => s.Id != Id && s.Status != SessionStatus.Cancelled && OverlapsWith(s));
        if (clash is not null)
            throw new DomainException("Session.TrainerClash", "TrainerId", trainer.FullName, clash.Title, clash.FirstDay);
    }

    public void RemoveTrainer(int trainerId)
    {
        EnsureEditable();
        _trainers.RemoveAll(t => t.TrainerId == trainerId);
        Touch();
    }

    public void MoveTo(SessionStatus next, DateTime nowUtc)
    {
        if (next == SessionStatus.Cancelled)
            throw new DomainException("Session.CancelNeedsReason", nameof(CancellationReason));
        if (!Moves[Status].Contains(next))
            throw new DomainException("Session.MoveNotAllowed", nameof(Status), Status, next);
        if (next == SessionStatus.Planned && VenueId is null && !IsOnline)
            throw new DomainException("Session.PlannedNeedsPlace", nameof(VenueId));
        if (next == SessionStatus.Delivered && EndsAtUtc > nowUtc)
            throw new DomainException("Session.NotYetDelivered", nameof(Status));
        Status = next;
        Touch();
    }

    public void Cancel(string reason)
    {
        if (!Moves[Status].Contains(SessionStatus.Cancelled))
            throw new DomainException("Session.MoveNotAllowed", nameof(Status), Status, SessionStatus.Cancelled);
        CancellationReason = Guard.Required(reason, nameof(CancellationReason), 1000);
        Status = SessionStatus.Cancelled;
        Touch();
    }

    /// <summary>
    /// A new draft with the same programme, place, capacity and targets, its days moved to start on
    /// <paramref name="firstDay"/>. Trainers are assigned again by the caller, so their clashes are checked.
    /// </summary>
    public TrainingSession CopyTo(DateOnly firstDay)
    {
        var shift = firstDay.DayNumber - FirstDay.DayNumber;
        var copy = new TrainingSession(Programme, _days.Select(d => new DayPlan(d.Date.AddDays(shift), d.Start, d.End)).ToList(), Capacity)
        {
            Title = Title,
            Language = Language,
            TargetSectorCodes = TargetSectorCodes,
            PlanActivityId = PlanActivityId,
            AlsoPlanActivityId = AlsoPlanActivityId,
            MinParticipants = MinParticipants,
            CompletionPercentOverride = CompletionPercentOverride,
        };
        copy.HoldAt(Venue, IsOnline, MeetingLink);
        copy.SetRegistrationWindow(RegistrationOpensOn?.AddDays(shift), RegistrationClosesOn.AddDays(shift));
        return copy;
    }

    public bool OverlapsWith(TrainingSession other) =>
        _days.Any(d => other._days.Any(o => d.Overlaps(o.StartsAtUtc, o.EndsAtUtc)));

    private void EnsureEditable()
    {
        if (!IsEditable)
            throw new DomainException("Session.NotEditable", nameof(Status));
    }

    private void Touch() => Version = Guid.NewGuid();
}
