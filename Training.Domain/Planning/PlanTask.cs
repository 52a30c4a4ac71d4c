using Training.Domain.Common;

namespace Training.Domain.Planning;

/// <summary>
/// A task listed under an activity ("избор тренера", "потписивање меморандума (најмање 3)"). What the plan
/// says of it (text, count target, due quarter, who is responsible) is the plan's content; where it stands
/// (status, realised count, evidence) is the year's record and stays writable in an approved plan.
/// </summary>
public sealed class PlanTask : Entity
{
    private readonly List<TaskEvidence> _evidence = [];

    private PlanTask() { }

    internal PlanTask(PlanActivity activity, string text, int sortOrder)
    {
        Activity = activity;
        Text = Guard.Required(text, nameof(Text), 2000);
        SortOrder = sortOrder;
    }

    public int PlanActivityId { get; private set; }
    public PlanActivity Activity { get; private set; } = null!;
    public string Text { get; private set; } = "";
    public int SortOrder { get; private set; }

    /// <summary>"At least 3" memoranda: how many of the thing the task should yield, when the plan says.</summary>
    public int? CountTarget { get; private set; }

    /// <summary>The quarter of the plan's year (1–4) by which the task should be done; the year's end when empty.</summary>
    public int? DueQuarter { get; private set; }

    /// <summary>The person or service responsible ("Служба за координацију").</summary>
    public string? Responsible { get; private set; }

    public PlanTaskStatus Status { get; private set; }
    public int? CountRealised { get; private set; }
    public string? DropReason { get; private set; }
    public string? UpdatedBy { get; private set; }
    public DateTime? UpdatedAtUtc { get; private set; }
    public IReadOnlyCollection<TaskEvidence> Evidence => _evidence;

    public void Plan(int? countTarget, int? dueQuarter, string? responsible)
    {
        Activity.Goal.Plan.EnsureEditable();
        if (countTarget < 0)
            throw new DomainException("Validation.NotNegative", nameof(CountTarget));
        if (dueQuarter is not null and not (>= 1 and <= 4))
            throw new DomainException("Plan.QuarterOutOfRange", nameof(DueQuarter));
        CountTarget = countTarget;
        DueQuarter = dueQuarter;
        Responsible = Guard.Optional(responsible, nameof(Responsible), 200);
    }

    /// <summary>Where the task stands. A dropped task needs its reason; the reason goes once the task is taken up again.</summary>
    public void Track(PlanTaskStatus status, int? countRealised, string? dropReason, string by, DateTime nowUtc)
    {
        if (countRealised < 0)
            throw new DomainException("Validation.NotNegative", nameof(CountRealised));
        var reason = Guard.Optional(dropReason, nameof(DropReason), 1000);
        if (status == PlanTaskStatus.Dropped && reason is null)
            throw new DomainException("Plan.DropNeedsReason", nameof(DropReason));
        Status = status;
        CountRealised = countRealised;
        DropReason = status == PlanTaskStatus.Dropped ? reason : null;
        UpdatedBy = by;
        UpdatedAtUtc = nowUtc;
    }

    public TaskEvidence AddEvidence(DateOnly date, string text, string by, DateTime nowUtc)
    {
        var evidence = new TaskEvidence(date, text, by, nowUtc);
        _evidence.Add(evidence);
        return evidence;
    }
}
