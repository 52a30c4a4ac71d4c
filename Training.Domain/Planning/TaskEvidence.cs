using Training.Domain.Common;

namespace Training.Domain.Planning;

/// <summary>A dated note of what was done for a task ("memorandum with the Health Council signed"), with who wrote it.</summary>
public sealed class TaskEvidence : Entity
{
    private TaskEvidence() { }

    internal TaskEvidence(DateOnly date, string text, string by, DateTime nowUtc)
    {
        Date = date;
        Text = Guard.Required(text, nameof(Text), 2000);
        RecordedBy = by;
        RecordedAtUtc = nowUtc;
    }

    public int PlanTaskId { get; private set; }
    public DateOnly Date { get; private set; }
    public string Text { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>A file attached as evidence (a signed memorandum), stored outside the web root; null when none.</summary>
    public string? FileName { get; private set; }

    public string? StoredName { get; private set; }
    public string? ContentType { get; private set; }
    public long? Size { get; private set; }
    public string? Sha256 { get; private set; }

    public bool HasFile => StoredName is not null;

    public void Attach(string fileName, string storedName, string contentType, long size, string sha256) =>
        (FileName, StoredName, ContentType, Size, Sha256) = (fileName, storedName, contentType, size, sha256);
}
