using Training.Domain.Common;

namespace Training.Domain.Planning;

/// <summary>An activity of a specific goal (активност), with its tasks and any numeric targets.</summary>
public sealed class PlanActivity : Entity
{
    private readonly List<PlanTask> _tasks = [];
    private readonly List<ActivityTarget> _targets = [];
    private readonly List<ActivityEvidence> _evidence = [];

    private PlanActivity() { }

    internal PlanActivity(PlanGoal goal, string number, string text, ActivityKind kind, int sortOrder)
    {
        Goal = goal;
        Number = Guard.Required(number, nameof(Number), 10);
        Text = Guard.Required(text, nameof(Text), 2000);
        Kind = kind;
        SortOrder = sortOrder;
    }

    public int PlanGoalId { get; private set; }
    public PlanGoal Goal { get; private set; } = null!;
    public string Number { get; private set; } = "";
    public string Text { get; private set; } = "";
    public ActivityKind Kind { get; private set; }
    public int SortOrder { get; private set; }
    public IReadOnlyCollection<PlanTask> Tasks => _tasks;
    public IReadOnlyCollection<ActivityTarget> Targets => _targets;
    public IReadOnlyCollection<ActivityEvidence> Evidence => _evidence;

    /// <summary>Reported progress of an activity that is not computed from sessions.</summary>
    public ActivityProgress Progress { get; private set; }

    /// <summary>
    /// Training and staff-development activities are measured from the sessions linked to them and from the
    /// development plan, supervision from the supervision sessions held: never typed in.
    /// </summary>
    public bool IsComputed => Kind is ActivityKind.Training or ActivityKind.StaffDevelopment or ActivityKind.Supervision;

    public void Edit(string text, ActivityKind kind)
    {
        Goal.Plan.EnsureEditable();
        if (kind is not (ActivityKind.Training or ActivityKind.StaffDevelopment) && _targets.Count > 0)
            throw new DomainException("Plan.TargetNeedsComputableActivity", nameof(Kind));
        Text = Guard.Required(text, nameof(Text), 2000);
        Kind = kind;
    }

    public void RemoveTarget(int targetId)
    {
        Goal.Plan.EnsureEditable();
        _targets.RemoveAll(t => t.Id == targetId);
    }

    /// <summary>Progress and evidence are the record of the year, so they are kept up to date in an approved plan too.</summary>
    public void ReportProgress(ActivityProgress progress)
    {
        if (IsComputed)
            throw new DomainException("Plan.ProgressIsComputed", nameof(Progress));
        Progress = progress;
    }

    public ActivityEvidence AddEvidence(DateOnly date, string text, string by, DateTime nowUtc)
    {
        var evidence = new ActivityEvidence(date, text, by, nowUtc);
        _evidence.Add(evidence);
        return evidence;
    }

    /// <summary>"III.II.1": general goal, specific goal, activity number.</summary>
    public string Code => $"{Goal.Code}.{Number}";

    public PlanTask AddTask(string text)
    {
        Goal.Plan.EnsureEditable();
        var task = new PlanTask(this, text, _tasks.Count);
        _tasks.Add(task);
        return task;
    }

    /// <summary>Sets (or replaces) a target. Targets on activities that are not computed from records are refused.</summary>
    public ActivityTarget SetTarget(TargetKind kind, decimal value, string? sectorCode = null)
    {
        Goal.Plan.EnsureEditable();
        if (!IsComputed)
            throw new DomainException("Plan.TargetNeedsComputableActivity", nameof(Targets));
        if (value < 0)
            throw new DomainException("Validation.NotNegative", nameof(ActivityTarget.Value));
        var existing = _targets.FirstOrDefault(t => t.Kind == kind && t.SectorCode == sectorCode);
        if (existing is not null)
            _targets.Remove(existing);
        var target = new ActivityTarget(kind, value, sectorCode);
        _targets.Add(target);
        return target;
    }
}
