using Training.Domain.Evaluation;
using Training.Domain.Sessions;

namespace Training.Web.Features.Evaluation;

/// <summary>Who is answering what: resolved from a sealed link.</summary>
public sealed record EvaluationTarget(TrainingSession Session, int ParticipantId, EvaluationPhase Phase, Questionnaire Questionnaire);

public enum FormState
{
    Open,
    NotYetOpen,
    Closed,
    Answered,
}

/// <summary>A question as the participant sees it; an item about the trainer appears once per trainer.</summary>
public sealed record AskedItem(QuestionItem Item, int? TrainerId, string? TrainerName)
{
    public string Key => TrainerId is int t ? $"i{Item.Id}t{t}" : $"i{Item.Id}";
}

public sealed record EvaluationForm(string Token, EvaluationTarget Target, FormState State, IReadOnlyList<AskedItem> Items,
    IReadOnlyDictionary<string, string> Values, Response? Earlier);

public sealed record RatingAverage(string Label, decimal? Average, int Count);

public sealed record SessionResults(TrainingSession Session, int Confirmed, IReadOnlyDictionary<EvaluationPhase, int> Responses,
    IReadOnlyList<RatingAverage> Items, IReadOnlyList<RatingAverage> Trainers, decimal? PreAverage, decimal? PostAverage, decimal? Gain, int Paired,
    IReadOnlyList<string> Comments, bool HasTest, bool HasSurvey)
{
    public decimal? Satisfaction => Items.Concat(Trainers).Where(i => i.Average is not null && i.Count > 0) is var all && all.Any()
        ? Math.Round(all.Sum(i => i.Average!.Value * i.Count) / all.Sum(i => i.Count), 2) : null;
}

public sealed record TrainerRating(int SessionId, string Title, DateOnly Day, decimal Average, int Count);

/// <summary>Evaluation summed over sessions (of a programme or a plan activity).</summary>
public sealed record EvaluationSummary(decimal? Gain, decimal? Satisfaction, int Sessions);
