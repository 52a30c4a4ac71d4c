namespace Training.Infrastructure.Audit;

/// <summary>
/// One line of the audit log: who did what to which record, and when. Entries are only ever added (the
/// context refuses to change or delete one) and name records by id, never a person's name or address, so
/// erasing a person leaves the log intact and free of their data.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTime atUtc, string actor, string action, string subject, string? subjectId, string? detail)
    {
        AtUtc = atUtc;
        Actor = Truncate(actor, 256);
        Action = Truncate(action, 80);
        Subject = Truncate(subject, 80);
        SubjectId = subjectId is null ? null : Truncate(subjectId, 80);
        Detail = detail is null ? null : Truncate(detail, 1000);
    }

    public long Id { get; private set; }
    public DateTime AtUtc { get; private set; }

    /// <summary>The signed-in user's name, "participant" for someone acting through their link, or "system" for a job.</summary>
    public string Actor { get; private set; } = "";

    /// <summary>What happened, as a catalogue key such as "Registration.Confirmed"; the page shows it in the reader's language.</summary>
    public string Action { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string? SubjectId { get; private set; }
    public string? Detail { get; private set; }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
