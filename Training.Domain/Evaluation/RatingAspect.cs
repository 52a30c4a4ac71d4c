namespace Training.Domain.Evaluation;

/// <summary>What a rating item is about; items about the trainer are asked once for each trainer of the session.</summary>
public enum RatingAspect
{
    Content,
    Trainer,
    Organisation,
    Usefulness,
    Other,
}
