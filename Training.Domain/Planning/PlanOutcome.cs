using Training.Domain.Common;

namespace Training.Domain.Planning;

/// <summary>An expected outcome of a specific goal (исход), with the Centre's assessment of how far it was reached.</summary>
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

    public OutcomeAssessment Assessment { get; private set; }
    public string? Justification { get; private set; }
    public string? AssessmentEvidence { get; private set; }
    public string? AssessedBy { get; private set; }
    public DateTime? AssessedAtUtc { get; private set; }

    /// <summary>
    /// The assessment is the year's record, so it is written in an approved plan too. Saying an outcome was
    /// (or was not) reached needs a justification; "not yet due" does not.
    /// </summary>
    public void Assess(OutcomeAssessment assessment, string? justification, string? evidence, string by, DateTime nowUtc)
    {
        var reason = Guard.Optional(justification, nameof(Justification), 2000);
        if (assessment != OutcomeAssessment.NotYetDue && reason is null)
            throw new DomainException("Plan.AssessmentNeedsJustification", nameof(Justification));
        Assessment = assessment;
        Justification = reason;
        AssessmentEvidence = Guard.Optional(evidence, nameof(AssessmentEvidence), 2000);
        AssessedBy = by;
        AssessedAtUtc = nowUtc;
    }
}
