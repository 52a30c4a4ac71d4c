using Training.Domain.Common;

namespace Training.Domain.Planning;

/// <summary>A typed target of an activity: "4 workshops", "60 participants from social work centres".</summary>
public sealed class ActivityTarget : Entity
{
    private ActivityTarget() { }

    internal ActivityTarget(TargetKind kind, decimal value, string? sectorCode)
    {
        Kind = kind;
        Value = value;
        SectorCode = string.IsNullOrWhiteSpace(sectorCode) ? null : sectorCode.Trim();
    }

    public int PlanActivityId { get; private set; }
    public TargetKind Kind { get; private set; }
    public decimal Value { get; private set; }

    /// <summary>When set, the target counts only participants of this sector.</summary>
    public string? SectorCode { get; private set; }
}
