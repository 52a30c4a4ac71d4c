namespace Training.Domain.Planning;

/// <summary>How far an expected outcome of a specific goal was reached, as the Centre assesses it.</summary>
public enum OutcomeAssessment
{
    NotYetDue,
    Achieved,
    PartlyAchieved,
    NotAchieved,
}
