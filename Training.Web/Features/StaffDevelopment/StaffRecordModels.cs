using Training.Domain.StaffDevelopment;
using Training.Domain.Supervision;

namespace Training.Web.Features.StaffDevelopment;

/// <summary>A session of this system a staff member attended as a participant, found from attendance by their email.</summary>
public sealed record InternalRecord(int StaffMemberId, int SessionId, int ProgrammeId, string Title, DateOnly StartsOn, DateOnly EndsOn,
    decimal SessionHours, decimal AttendedHours, bool Completed, decimal? ProgrammePoints)
{
    /// <summary>An accredited programme's points are earned by completing the session.</summary>
    public decimal Points => Completed ? ProgrammePoints ?? 0 : 0;
}

/// <summary>One line of a person's training history: an internal session or an attended external training or invitation.</summary>
public sealed record TrainingRecordLine(DevelopmentKind Kind, string Title, string? Provider, DateOnly StartsOn, DateOnly EndsOn, decimal Hours, decimal Points,
    int? SessionId, int? ItemId, bool HasCertificate);

/// <summary>One staff member's year: planned against realised hours, points and cost, and supervision against its target.</summary>
public sealed record PersonYear(StaffMember Staff, IReadOnlyList<DevelopmentItem> Items, IReadOnlyList<InternalRecord> Internal, decimal SupervisionHours, decimal SupervisionTarget)
{
    private IEnumerable<DevelopmentItem> Planned => Items.Where(i => i.InPlan && i.Status != DevelopmentStatus.Cancelled);

    public decimal PlannedHours => Planned.Sum(i => i.Hours);
    public decimal PlannedPoints => Planned.Sum(i => i.Points ?? 0);
    public decimal PlannedCost => Planned.Sum(i => i.Cost ?? 0);

    public decimal RealisedHours => Internal.Sum(r => r.AttendedHours) + Attended.Sum(i => i.AttendedHours ?? 0);
    public decimal RealisedPoints => Internal.Sum(r => r.Points) + Attended.Sum(i => i.EarnedPoints ?? 0);
    public decimal SpentCost => Attended.Sum(i => i.Cost ?? 0);

    /// <summary>Realised plus the hours of trainings approved or requested and not yet done: what the year will hold if they happen.</summary>
    public decimal ProjectedHours => RealisedHours + Items.Where(i => i.IsOpen && !IsRealised(i)).Sum(i => i.Hours);

    /// <summary>Realised hours counted towards the plan: training beyond one's own plan does not make up for a colleague's shortfall.</summary>
    public decimal CountedHours => Math.Min(RealisedHours, PlannedHours);

    public decimal CountedProjectedHours => Math.Min(ProjectedHours, PlannedHours);

    public int PlannedItems => Planned.Count();
    public int RealisedPlannedItems => Planned.Count(IsRealised);

    /// <summary>Supervision hours counted towards the target: more than the target does not make up for a colleague's shortfall.</summary>
    public decimal SupervisionCounted => Math.Min(SupervisionHours, SupervisionTarget);

    public bool SupervisionMet => SupervisionTarget > 0 && SupervisionHours >= SupervisionTarget;

    /// <summary>External trainings and invitations are realised when recorded; internal ones when a session of their programme was attended in the year.</summary>
    public bool IsRealised(DevelopmentItem item) => item.Kind == DevelopmentKind.Internal
        ? item.Status != DevelopmentStatus.Cancelled && Internal.Any(r => r.ProgrammeId == item.ProgrammeId)
        : item.Status == DevelopmentStatus.Attended;

    private IEnumerable<DevelopmentItem> Attended => Items.Where(i => i.Status == DevelopmentStatus.Attended);
}

/// <summary>Planned and spent money of the development plan per funding source (null: trainings that cost nothing or name no source).</summary>
public sealed record FundingLine(int? FundingSourceId, string? Name, decimal Planned, decimal Committed, decimal Spent);

/// <summary>The whole Centre's development and supervision in a year, and the totals management reports.</summary>
public sealed record StaffYear(int Year, DevelopmentPlan? Plan, IReadOnlyList<PersonYear> People, IReadOnlyList<FundingLine> Funding, int SupervisionSessions, decimal SupervisionHours)
{
    public decimal PlannedHours => People.Sum(p => p.PlannedHours);
    public decimal RealisedHours => People.Sum(p => p.RealisedHours);
    public decimal ProjectedHours => People.Sum(p => p.ProjectedHours);
    public decimal CountedHours => People.Sum(p => p.CountedHours);
    public decimal CountedProjectedHours => People.Sum(p => p.CountedProjectedHours);
    public decimal PlannedPoints => People.Sum(p => p.PlannedPoints);
    public decimal RealisedPoints => People.Sum(p => p.RealisedPoints);
    public decimal PlannedCost => People.Sum(p => p.PlannedCost);
    public decimal SpentCost => People.Sum(p => p.SpentCost);
    public decimal SupervisionTarget => People.Sum(p => p.SupervisionTarget);
    public decimal SupervisionCounted => People.Sum(p => p.SupervisionCounted);
    public int SupervisionMet => People.Count(p => p.SupervisionMet);
    public int PlannedItems => People.Sum(p => p.PlannedItems);
    public int RealisedPlannedItems => People.Sum(p => p.RealisedPlannedItems);
}

/// <summary>A person's page: their year, their whole training history and their licence.</summary>
public sealed record StaffRecord(int Year, PersonYear Person, IReadOnlyList<TrainingRecordLine> History, LicenceProgress? Licence, IReadOnlyList<SupervisionLine> Supervision);

/// <summary>A supervision session as it appears in a person's record; notes are read on its own page.</summary>
public sealed record SupervisionLine(int Id, DateOnly Date, decimal Hours, SupervisionFormat Format, string Topic, string Supervisor, bool HasNotes);
