using Training.Domain.Common;

namespace Training.Domain.Planning;

/// <summary>A task listed under an activity ("избор тренера", "обезбеђивање средстава", ...).</summary>
public sealed class PlanTask : Entity
{
    private PlanTask() { }

    internal PlanTask(PlanActivity activity, string text, int sortOrder)
    {
        Activity = activity;
        Text = Guard.Required(text, nameof(Text), 2000);
        SortOrder = sortOrder;
    }

    public int PlanActivityId { get; private set; }
    public PlanActivity Activity { get; private set; } = null!;
    public string Text { get; private set; } = "";
    public int SortOrder { get; private set; }
}
