namespace Training.Domain.Evaluation;

public enum ItemType
{
    /// <summary>A rating from 1 (poor) to 5 (excellent).</summary>
    Rating,

    /// <summary>One answer among options, one of them correct (knowledge tests).</summary>
    Choice,

    /// <summary>Free text.</summary>
    Open,
}
