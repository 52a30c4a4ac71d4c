namespace Training.Infrastructure.Email;

/// <summary>
/// An email waiting to be sent, written in the same SaveChanges as the change that causes it,
/// so an email is never lost when SMTP or the process fails, and never sent without its cause.
/// </summary>
public sealed class OutboxMessage
{
    private readonly List<OutboxAttempt> _attempts = [];

    private OutboxMessage() { }

    public OutboxMessage(string toAddress, string? toName, string subject, string textBody, string? htmlBody, string culture, string kind, DateTime nowUtc)
    {
        ToAddress = toAddress.Trim();
        ToName = OneLine(toName);
        Subject = OneLine(subject) ?? "";
        TextBody = textBody;
        HtmlBody = htmlBody;
        Culture = culture;
        Kind = kind;
        CreatedAtUtc = nowUtc;
        NextAttemptAtUtc = nowUtc;
        // Fixed when the row is written, so a retry after a lost reply carries the same Message-ID
        // and the receiving side can tell a repeat from a new message.
        MessageId = $"{Guid.NewGuid():N}@training.centarzztlj.rs";
    }

    public int Id { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string? ToName { get; private set; }
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string? HtmlBody { get; private set; }
    public string Culture { get; private set; } = "";

    /// <summary>What the email is (invitation, confirmation, test, ...), for the administrators' list.</summary>
    public string Kind { get; private set; } = "";
    public string MessageId { get; private set; } = "";

    public string? AttachmentFileName { get; private set; }
    public string? AttachmentContentType { get; private set; }
    public byte[]? AttachmentContent { get; private set; }

    public OutboxStatus Status { get; private set; } = OutboxStatus.Pending;
    public int AttemptCount { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public DateTime? LockedUntilUtc { get; private set; }

    /// <summary>Which dispatcher run holds the message while <see cref="LockedUntilUtc"/> lasts.</summary>
    public Guid? ClaimedBy { get; private set; }
    public DateTime? SentAtUtc { get; private set; }
    public string? LastError { get; private set; }
    public IReadOnlyCollection<OutboxAttempt> Attempts => _attempts;

    public void Attach(string fileName, string contentType, byte[] content)
    {
        AttachmentFileName = fileName;
        AttachmentContentType = contentType;
        AttachmentContent = content;
    }

    /// <summary>Drops what the message said (and its attachment), keeping that it was sent, to whom and when.</summary>
    public void ForgetContent()
    {
        TextBody = "";
        HtmlBody = null;
        AttachmentContent = null;
    }

    /// <summary>
    /// Once delivered, the stored copy keeps no working link: the recipient has it, and whoever reads the database or the
    /// Sent mail pages must not be able to act as them. Until then the whole body stays, so a retry sends it intact.
    /// </summary>
    public void ForgetLinks()
    {
        TextBody = LinkMask.Mask(TextBody);
        HtmlBody = HtmlBody is null ? null : LinkMask.Mask(HtmlBody);
    }

    public void MarkSent(DateTime nowUtc)
    {
        AttemptCount++;
        Status = OutboxStatus.Sent;
        SentAtUtc = nowUtc;
        LockedUntilUtc = null;
        ClaimedBy = null;
        LastError = null;
        _attempts.Add(new OutboxAttempt(nowUtc, true, null));
    }

    public void MarkFailed(DateTime nowUtc, string error, int maxAttempts)
    {
        AttemptCount++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        LockedUntilUtc = null;
        ClaimedBy = null;
        _attempts.Add(new OutboxAttempt(nowUtc, false, LastError));
        if (AttemptCount >= maxAttempts)
        {
            Status = OutboxStatus.Failed;
            return;
        }
        NextAttemptAtUtc = nowUtc + Backoff(AttemptCount);
    }

    /// <summary>An administrator sends a failed message once more.</summary>
    public void Retry(DateTime nowUtc)
    {
        if (Status == OutboxStatus.Sent)
            return;
        Status = OutboxStatus.Pending;
        AttemptCount = 0;
        NextAttemptAtUtc = nowUtc;
    }

    /// <summary>30 s, 1 min, 2 min, 4 min ... capped at one hour.</summary>
    public static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, attempt - 1))));

    /// <summary>Header values never carry line breaks: no header can be injected through a name or a title.</summary>
    private static string? OneLine(string? value) =>
        value is null ? null : string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
