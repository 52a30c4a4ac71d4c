namespace Training.Web.Features.Evaluation;

/// <summary>The <c>Evaluation</c> configuration section.</summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluation";

    /// <summary>Months after a session when the follow-up survey is sent; 0 turns it off.</summary>
    public int FollowUpMonths { get; set; } = 3;

    /// <summary>Days after an invitation when those who have not answered are reminded, once.</summary>
    public int RemindAfterDays { get; set; } = 3;
}
