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

    /// <summary>
    /// Progress as the coordinator reports it, beside whatever is computed from sessions and tasks: most
    /// activities mix trainings with other work.
    /// </summary>
    public ActivityProgress Progress { get; private set; }

    public string? ProgressReportedBy { get; private set; }
    public DateTime? ProgressReportedAtUtc { get; private set; }

    /// <summary>The coordinator's comment, or the reason the activity deviates from the plan; printed in the report.</summary>
    public string? Commentary { get; private set; }

    public string? CommentedBy { get; private set; }
    public DateTime? CommentedAtUtc { get; private set; }

    /// <summary>Management's reading of the current comment; a new comment needs a new review.</summary>
    public string? CommentReviewedBy { get; private set; }

    public DateTime? CommentReviewedAtUtc { get; private set; }

    public void Edit(string text, ActivityKind kind)
    {
        Goal.Plan.EnsureEditable();
        Text = Guard.Required(text, nameof(Text), 2000);
        Kind = kind;
    }

    public void RemoveTarget(int targetId)
    {
        Goal.Plan.EnsureEditable();
        _targets.RemoveAll(t => t.Id == targetId);
    }

    /// <summary>Progress, evidence and commentary are the record of the year, so they are kept up to date in an approved plan too.</summary>
    public void ReportProgress(ActivityProgress progress, string by, DateTime nowUtc)
    {
        Progress = progress;
        ProgressReportedBy = by;
        ProgressReportedAtUtc = nowUtc;
    }

    /// <summary>Whether progress was ever reported by hand; until then it rates the activity only when nothing else can.</summary>
    public bool HasReportedProgress => ProgressReportedAtUtc is not null;

    public void Comment(string? text, string by, DateTime nowUtc)
    {
        Commentary = Guard.Optional(text, nameof(Commentary), 4000);
        CommentedBy = Commentary is null ? null : by;
        CommentedAtUtc = Commentary is null ? null : nowUtc;
        CommentReviewedBy = null;
        CommentReviewedAtUtc = null;
    }

    public void ReviewComment(string by, DateTime nowUtc)
    {
        if (Commentary is null)
            throw new DomainException("Plan.NoCommentToReview", nameof(Commentary));
        CommentReviewedBy = by;
        CommentReviewedAtUtc = nowUtc;
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

    /// <summary>
    /// Sets (or replaces) a target, on an activity of any kind: the sessions linked to it are counted against it.
    /// Counts of sessions and people are whole numbers.
    /// </summary>
    public ActivityTarget SetTarget(TargetKind kind, decimal value, string? sectorCode = null)
    {
        Goal.Plan.EnsureEditable();
        if (value < 0)
            throw new DomainException("Validation.NotNegative", nameof(ActivityTarget.Value));
        if (kind is TargetKind.Sessions or TargetKind.Participants && value != decimal.Truncate(value))
            throw new DomainException("Validation.WholeNumber", nameof(ActivityTarget.Value));
        var existing = _targets.FirstOrDefault(t => t.Kind == kind && t.SectorCode == sectorCode);
        if (existing is not null)
            _targets.Remove(existing);
        var target = new ActivityTarget(kind, value, sectorCode);
        _targets.Add(target);
        return target;
    }
}
