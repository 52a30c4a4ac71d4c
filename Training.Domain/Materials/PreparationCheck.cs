using Training.Domain.Common;

namespace Training.Domain.Materials;

/// <summary>A ticked item of a session's preparation checklist, with who ticked it and when.</summary>
public sealed class PreparationCheck : Entity
{
    private PreparationCheck() { }

    public PreparationCheck(int sessionId, PreparationItem item, string by, DateTime nowUtc)
    {
        SessionId = sessionId;
        Item = item;
        TickedBy = by;
        TickedAtUtc = nowUtc;
    }

    public int SessionId { get; private set; }
    public PreparationItem Item { get; private set; }
    public string TickedBy { get; private set; } = "";
    public DateTime TickedAtUtc { get; private set; }
}
