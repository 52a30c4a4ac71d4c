namespace Training.Domain.Evaluation;

public enum QuestionnaireKind
{
    Satisfaction,
    KnowledgeTest,
    FollowUp,
}
