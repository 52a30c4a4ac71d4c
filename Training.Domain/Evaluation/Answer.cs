using Training.Domain.Common;

namespace Training.Domain.Evaluation;

/// <summary>The answer to one item (and, for an item about the trainer, about one trainer).</summary>
public sealed class Answer : Entity
{
    private Answer() { }

    public Answer(int itemId, int? trainerId, int? rating, int? optionId, string? text)
    {
        if (rating is not null and (< 1 or > 5))
            throw new DomainException("Evaluation.RatingRange", "Rating");
        QuestionItemId = itemId;
        TrainerId = trainerId;
        Rating = rating;
        OptionId = optionId;
        Text = Guard.Optional(text, nameof(Text), 2000);
    }

    public int ResponseId { get; private set; }
    public int QuestionItemId { get; private set; }
    public int? TrainerId { get; private set; }
    public int? Rating { get; private set; }
    public int? OptionId { get; private set; }
    public string? Text { get; private set; }
}
