using Training.Domain.Common;

namespace Training.Domain.Planning;

/// <summary>An expected outcome of a specific goal (исход).</summary>
public sealed class PlanOutcome : Entity
{
    private PlanOutcome() { }

    internal PlanOutcome(PlanGoal goal, string number, string text, int sortOrder)
    {
        Goal = goal;
        Number = Guard.Required(number, nameof(Number), 10);
        Text = Guard.Required(text, nameof(Text), 2000);
        SortOrder = sortOrder;
    }

    public int PlanGoalId { get; private set; }
    public PlanGoal Goal { get; private set; } = null!;
    public string Number { get; private set; } = "";
    public string Text { get; private set; } = "";
    public int SortOrder { get; private set; }
}
