using Training.Domain.Common;

namespace Training.Domain.Planning;

/// <summary>
/// A general goal (општи циљ, no parent) or a specific goal (појединачни циљ, under a general one).
/// Activities and outcomes hang under specific goals.
/// </summary>
public sealed class PlanGoal : Entity
{
    private readonly List<PlanActivity> _activities = [];
    private readonly List<PlanOutcome> _outcomes = [];

    private PlanGoal() { }

    internal PlanGoal(AnnualPlan plan, PlanGoal? parent, string number, string text, int sortOrder)
    {
        Plan = plan;
        ParentGoal = parent;
        Number = Guard.Required(number, nameof(Number), 10);
        Text = Guard.Required(text, nameof(Text), 2000);
        SortOrder = sortOrder;
    }

    public int AnnualPlanId { get; private set; }
    public AnnualPlan Plan { get; private set; } = null!;
    public int? ParentGoalId { get; private set; }
    public PlanGoal? ParentGoal { get; private set; }

    /// <summary>The roman numeral as the plan writes it: "I", "II", "III".</summary>
    public string Number { get; private set; } = "";
    public string Text { get; private set; } = "";
    public int SortOrder { get; private set; }
    public IReadOnlyCollection<PlanActivity> Activities => _activities;
    public IReadOnlyCollection<PlanOutcome> Outcomes => _outcomes;

    public bool IsGeneral => ParentGoal is null && ParentGoalId is null;

    /// <summary>"III" for a general goal, "III.II" for a specific goal.</summary>
    public string Code => ParentGoal is null ? Number : $"{ParentGoal.Number}.{Number}";

    public IEnumerable<PlanGoal> SpecificGoals => Plan.Goals.Where(g => g.ParentGoal == this).OrderBy(g => g.SortOrder);

    public void Edit(string text)
    {
        Plan.EnsureEditable();
        Text = Guard.Required(text, nameof(Text), 2000);
    }

    public PlanGoal AddSpecificGoal(string number, string text)
    {
        if (!IsGeneral)
            throw new DomainException("Plan.SpecificGoalNeedsGeneral");
        return Plan.AddSpecificGoal(this, number, text);
    }

    public PlanActivity AddActivity(string number, string text, ActivityKind kind)
    {
        EnsureSpecificAndEditable();
        if (_activities.Any(a => a.Number == number))
            throw new DomainException("Plan.ActivityNumberTaken", nameof(PlanActivity.Number), number);
        var activity = new PlanActivity(this, number, text, kind, _activities.Count);
        _activities.Add(activity);
        return activity;
    }

    public PlanOutcome AddOutcome(string number, string text)
    {
        EnsureSpecificAndEditable();
        var outcome = new PlanOutcome(this, number, text, _outcomes.Count);
        _outcomes.Add(outcome);
        return outcome;
    }

    private void EnsureSpecificAndEditable()
    {
        if (IsGeneral)
            throw new DomainException("Plan.ActivityNeedsSpecificGoal");
        Plan.EnsureEditable();
    }
}
