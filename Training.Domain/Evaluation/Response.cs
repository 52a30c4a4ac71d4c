using Training.Domain.Common;

namespace Training.Domain.Evaluation;

/// <summary>
/// One person's answers to one questionnaire for one session and phase. Anonymous responses carry no
/// participant; that the person answered is kept apart, in <see cref="EvaluationInvite"/>.
/// </summary>
public sealed class Response : Entity
{
    private readonly List<Answer> _answers = [];

    private Response() { }

    public Response(int questionnaireId, int sessionId, EvaluationPhase phase, int? participantId, DateOnly submittedOn)
    {
        QuestionnaireId = questionnaireId;
        SessionId = sessionId;
        Phase = phase;
        ParticipantId = participantId;
        SubmittedOn = submittedOn;
    }

    public int QuestionnaireId { get; private set; }
    public int SessionId { get; private set; }
    public EvaluationPhase Phase { get; private set; }
    public int? ParticipantId { get; private set; }

    /// <summary>The answers stay in the results; who gave them does not.</summary>
    public void Anonymise() => ParticipantId = null;

    /// <summary>
    /// The day only: the "answered" mark in <see cref="EvaluationInvite"/> carries the day too, so no precise
    /// time joins an anonymous response to the person who gave it.
    /// </summary>
    public DateOnly SubmittedOn { get; private set; }

    /// <summary>Share of the knowledge test's choice items answered correctly, 0–100; null for surveys.</summary>
    public decimal? Score { get; private set; }

    public IReadOnlyCollection<Answer> Answers => _answers;

    public void Add(Answer answer) => _answers.Add(answer);

    public void ScoreAgainst(Questionnaire test)
    {
        var choices = test.Items.Where(i => i.Type == ItemType.Choice).ToList();
        if (choices.Count == 0)
            return;
        var correct = choices.Count(i => _answers.Any(a => a.QuestionItemId == i.Id && a.OptionId is int o && i.Options.Any(x => x.Id == o && x.IsCorrect)));
        Score = Math.Round(correct * 100m / choices.Count, 1);
    }
}
