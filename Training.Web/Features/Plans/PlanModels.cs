using Training.Domain.Planning;
using Training.Domain.Sessions;
using Training.Web.Shared;

namespace Training.Web.Features.Plans;

public sealed record PlanRow(int Year, string Title, PlanStatus Status);

public sealed record PlanListPage(IReadOnlyList<PlanRow> Plans, int SuggestedYear);

/// <summary>The plan page: the plan in its structure with each activity's fulfilment, or an empty year.</summary>
public sealed record PlanPage(int Year, PlanFulfilment? Fulfilment, int? PreviousYear, bool CanEdit);

public sealed class TargetInput
{
    public int? Id { get; set; }
    public TargetKind? Kind { get; set; }
    public decimal? Value { get; set; }
    public string? Sector { get; set; }
    public bool Remove { get; set; }
}

public sealed class ActivityForm
{
    public string? Number { get; set; }
    public string? Text { get; set; }
    public ActivityKind Kind { get; set; } = ActivityKind.Training;
    public List<TargetInput> Targets { get; set; } = [];
}

/// <summary>What the plan says of a task; changed only in a draft plan.</summary>
public sealed class TaskPlanForm
{
    public int? CountTarget { get; set; }
    public int? DueQuarter { get; set; }
    public string? Responsible { get; set; }
}

/// <summary>Where a task stands, and optionally a dated note of what was done.</summary>
public sealed class TaskTrackingForm
{
    public PlanTaskStatus Status { get; set; }
    public int? CountRealised { get; set; }
    public string? DropReason { get; set; }
    public DateOnly? Date { get; set; }
    public string? Note { get; set; }

    /// <summary>An optional file attached to the note (a signed memorandum, minutes).</summary>
    public IFormFile? File { get; set; }
}

public sealed record ActivityEditor(int Year, PlanActivity? Activity, PlanGoal Goal, ActivityForm Form, IReadOnlyList<string> Sectors);

public sealed record PersonRow(int ParticipantId, string FullName, string? Institution, string? SectorCode, string? District, int Sessions);

public sealed record ActivityPage(int Year, ActivityFulfilment Fulfilment, IReadOnlyList<ActivitySessionRow> Sessions, Page<PersonRow> People, bool CanEdit)
{
    public IReadOnlyList<PartnerTrainingRow> Partners { get; init; } = [];

    /// <summary>Sessions of other activities a planner may count towards this one too.</summary>
    public IReadOnlyList<SessionChoice> SessionsToCount { get; init; } = [];
}

/// <summary>A session behind an activity's figures; <paramref name="CountedAlso"/> when it belongs to another activity and counts here too.</summary>
public sealed record ActivitySessionRow(int Id, string Title, DateOnly FirstDay, SessionStatus Status, int Attended, decimal Hours, bool CountedAlso = false);

public sealed record TaskPage(int Year, PlanTask Task, FulfilmentStatus Rating, TaskTrackingForm Tracking, TaskPlanForm Planning, bool CanEdit, bool CanPlan);

public sealed class OutcomeForm
{
    public OutcomeAssessment Assessment { get; set; }
    public string? Justification { get; set; }
    public string? Evidence { get; set; }
}

public sealed record OutcomePage(int Year, PlanOutcome Outcome, OutcomeForm Form, bool CanEdit);
