namespace Training.Domain.Evaluation;

/// <summary>When a participant answers: the knowledge test before and after, the satisfaction survey after, the follow-up months later.</summary>
public enum EvaluationPhase
{
    PreTest,
    PostTest,
    Satisfaction,
    FollowUp,
}
