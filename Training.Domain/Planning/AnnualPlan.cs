using Training.Domain.Common;

namespace Training.Domain.Planning;

/// <summary>The Centre's work plan for one year (план рада): general goals, specific goals, activities, outcomes.</summary>
public sealed class AnnualPlan : Entity
{
    private readonly List<PlanGoal> _goals = [];
    private readonly List<PlanReopening> _reopenings = [];

    private AnnualPlan() { }

    public AnnualPlan(int year, string title)
    {
        if (year is < 2000 or > 2100)
            throw new DomainException("Plan.YearOutOfRange", nameof(Year));
        Year = year;
        Title = Guard.Required(title, nameof(Title), 300);
    }

    public int Year { get; private set; }
    public string Title { get; private set; } = "";
    public string? Preamble { get; private set; }
    public PlanStatus Status { get; private set; } = PlanStatus.Draft;
    public IReadOnlyCollection<PlanGoal> Goals => _goals;
    public IReadOnlyCollection<PlanReopening> Reopenings => _reopenings;
    public string? ApprovedBy { get; private set; }
    public DateTime? ApprovedAtUtc { get; private set; }
    public bool IsApproved => Status == PlanStatus.Approved;

    /// <summary>Management's introduction to the year's report on the plan's fulfilment; the report prints it first.</summary>
    public string? ReportIntroduction { get; private set; }

    public string? ReportIntroductionBy { get; private set; }
    public DateTime? ReportIntroductionAtUtc { get; private set; }

    /// <summary>The introduction belongs to the report, not to the plan's content, so it is written in an approved plan too.</summary>
    public void IntroduceReport(string? text, string by, DateTime nowUtc)
    {
        ReportIntroduction = Guard.Optional(text, nameof(ReportIntroduction), 8000);
        ReportIntroductionBy = by;
        ReportIntroductionAtUtc = nowUtc;
    }

    public void Rename(string title)
    {
        EnsureEditable();
        Title = Guard.Required(title, nameof(Title), 300);
    }

    public IEnumerable<PlanGoal> GeneralGoals => _goals.Where(g => g.ParentGoal is null).OrderBy(g => g.SortOrder);

    public void DescribeAs(string? preamble)
    {
        EnsureEditable();
        Preamble = string.IsNullOrWhiteSpace(preamble) ? null : preamble.Trim();
    }

    public PlanGoal AddGeneralGoal(string number, string text)
    {
        EnsureEditable();
        if (GeneralGoals.Any(g => g.Number == number))
            throw new DomainException("Plan.GoalNumberTaken", nameof(PlanGoal.Number), number);
        var goal = new PlanGoal(this, null, number, text, _goals.Count(g => g.ParentGoal is null));
        _goals.Add(goal);
        return goal;
    }

    internal PlanGoal AddSpecificGoal(PlanGoal parent, string number, string text)
    {
        EnsureEditable();
        if (parent.SpecificGoals.Any(g => g.Number == number))
            throw new DomainException("Plan.GoalNumberTaken", nameof(PlanGoal.Number), number);
        var goal = new PlanGoal(this, parent, number, text, parent.SpecificGoals.Count());
        _goals.Add(goal);
        return goal;
    }

    public void Approve(string by, DateTime nowUtc)
    {
        if (Status == PlanStatus.Approved)
            throw new DomainException("Plan.AlreadyApproved");
        Status = PlanStatus.Approved;
        ApprovedBy = by;
        ApprovedAtUtc = nowUtc;
    }

    /// <summary>
    /// A plan adopted outside the system, as the Centre's own document says (loaded from it): approved by the body
    /// that adopted it, with no date of the system's making.
    /// </summary>
    public void RecordAdoption(string by)
    {
        if (Status == PlanStatus.Approved)
            throw new DomainException("Plan.AlreadyApproved");
        Status = PlanStatus.Approved;
        ApprovedBy = Guard.Required(by, nameof(ApprovedBy), 256);
    }

    /// <summary>An approved plan changes only after it is reopened, with a reason that is kept.</summary>
    public void Reopen(string reason, string by, DateTime nowUtc)
    {
        if (Status != PlanStatus.Approved)
            throw new DomainException("Plan.NotApproved");
        _reopenings.Add(new PlanReopening(reason, by, nowUtc));
        Status = PlanStatus.Draft;
    }

    /// <summary>
    /// Next year's plan as a draft copy of this one: goals, activities with their kinds, tasks and
    /// targets, and outcomes. Progress, task status, evidence, commentary and assessments belong to this year and stay here.
    /// </summary>
    public AnnualPlan CopyTo(int year, string title)
    {
        if (year == Year)
            throw new DomainException("Plan.YearTaken", nameof(Year), year);
        var copy = new AnnualPlan(year, title) { Preamble = Preamble };
        foreach (var general in GeneralGoals)
        {
            var newGeneral = copy.AddGeneralGoal(general.Number, general.Text);
            foreach (var specific in general.SpecificGoals)
            {
                var newSpecific = newGeneral.AddSpecificGoal(specific.Number, specific.Text);
                foreach (var activity in specific.Activities.OrderBy(a => a.SortOrder))
                {
                    var newActivity = newSpecific.AddActivity(activity.Number, activity.Text, activity.Kind);
                    foreach (var task in activity.Tasks.OrderBy(t => t.SortOrder))
                        newActivity.AddTask(task.Text).Plan(task.CountTarget, task.DueQuarter, task.Responsible);
                    foreach (var target in activity.Targets)
                        newActivity.SetTarget(target.Kind, target.Value, target.SectorCode);
                }
                foreach (var outcome in specific.Outcomes.OrderBy(o => o.SortOrder))
                    newSpecific.AddOutcome(outcome.Number, outcome.Text);
            }
        }
        return copy;
    }

    internal void EnsureEditable()
    {
        if (Status == PlanStatus.Approved)
            throw new DomainException("Plan.ApprovedIsReadOnly");
    }
}
