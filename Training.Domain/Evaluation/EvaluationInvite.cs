using Training.Domain.Common;

namespace Training.Domain.Evaluation;

/// <summary>
/// A participant's part in one phase of a session's evaluation: when they were invited and reminded,
/// and whether they answered. It says nothing of what they answered, so anonymous surveys stay anonymous.
/// </summary>
public sealed class EvaluationInvite : Entity
{
    private EvaluationInvite() { }

    public EvaluationInvite(int sessionId, int participantId, EvaluationPhase phase)
    {
        SessionId = sessionId;
        ParticipantId = participantId;
        Phase = phase;
    }

    public int SessionId { get; private set; }
    public int ParticipantId { get; private set; }
    public EvaluationPhase Phase { get; private set; }
    public DateTime? InvitedAtUtc { get; private set; }
    public DateTime? RemindedAtUtc { get; private set; }

    /// <summary>The day only, like <see cref="Response.SubmittedOn"/>: a common precise time would name an anonymous response's author.</summary>
    public DateOnly? AnsweredOn { get; private set; }

    public void Invited(DateTime nowUtc) => InvitedAtUtc ??= nowUtc;

    public void Reminded(DateTime nowUtc) => RemindedAtUtc ??= nowUtc;

    public void Answered(DateOnly today)
    {
        if (AnsweredOn is not null)
            throw new DomainException("Evaluation.AlreadyAnswered");
        AnsweredOn = today;
    }
}
