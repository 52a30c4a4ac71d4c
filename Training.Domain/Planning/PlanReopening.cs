using Training.Domain.Common;

namespace Training.Domain.Planning;

/// <summary>An approved plan opened again for changes: who, when and why, kept for the record.</summary>
public sealed class PlanReopening : Entity
{
    private PlanReopening() { }

    internal PlanReopening(string reason, string by, DateTime nowUtc)
    {
        Reason = Guard.Required(reason, nameof(Reason), 1000);
        ReopenedBy = by;
        ReopenedAtUtc = nowUtc;
    }

    public int AnnualPlanId { get; private set; }
    public string Reason { get; private set; } = "";
    public string ReopenedBy { get; private set; } = "";
    public DateTime ReopenedAtUtc { get; private set; }
}
