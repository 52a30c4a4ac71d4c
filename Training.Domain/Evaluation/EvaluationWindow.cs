using Training.Domain.Sessions;

namespace Training.Domain.Evaluation;

/// <summary>
/// When each phase takes answers: the pre-test in the two weeks before the session (until an hour into
/// it), the post-test and the satisfaction survey from the start of the last day for two weeks, and the
/// follow-up for a month, the configured number of months after the session.
/// </summary>
public static class EvaluationWindow
{
    public static readonly TimeSpan AnswerFor = TimeSpan.FromDays(14);

    public static (DateTime Opens, DateTime Closes) Of(EvaluationPhase phase, TrainingSession session, int followUpMonths) => phase switch
    {
        EvaluationPhase.PreTest => (session.StartsAtUtc - AnswerFor, session.StartsAtUtc.AddHours(1)),
        EvaluationPhase.FollowUp => (session.EndsAtUtc.AddMonths(followUpMonths), session.EndsAtUtc.AddMonths(followUpMonths).AddDays(30)),
        _ => (session.Days.Max(d => d.StartsAtUtc), session.EndsAtUtc + AnswerFor),
    };

    public static bool IsOpen(EvaluationPhase phase, TrainingSession session, int followUpMonths, DateTime nowUtc)
    {
        if (phase == EvaluationPhase.FollowUp && followUpMonths <= 0)
            return false;
        var (opens, closes) = Of(phase, session, followUpMonths);
        return nowUtc >= opens && nowUtc < closes;
    }

    /// <summary>Which questionnaire kind a phase uses.</summary>
    public static QuestionnaireKind KindOf(EvaluationPhase phase) => phase switch
    {
        EvaluationPhase.PreTest or EvaluationPhase.PostTest => QuestionnaireKind.KnowledgeTest,
        EvaluationPhase.FollowUp => QuestionnaireKind.FollowUp,
        _ => QuestionnaireKind.Satisfaction,
    };
}
