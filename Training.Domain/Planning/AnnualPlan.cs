using Training.Domain.Common;

namespace Training.Domain.Planning;

/// <summary>The Centre's work plan for one year (план рада): general goals, specific goals, activities, outcomes.</summary>
public sealed class AnnualPlan : Entity
{
    private readonly List<PlanGoal> _goals = [];

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

    public void Approve()
    {
        if (Status == PlanStatus.Approved)
            throw new DomainException("Plan.AlreadyApproved");
        Status = PlanStatus.Approved;
    }

    internal void EnsureEditable()
    {
        if (Status == PlanStatus.Approved)
            throw new DomainException("Plan.ApprovedIsReadOnly");
    }
}
