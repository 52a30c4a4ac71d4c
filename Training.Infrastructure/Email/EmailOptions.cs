namespace Training.Infrastructure.Email;

public enum EmailDelivery
{
    /// <summary>Nothing leaves the machine: messages stay readable on the administrators' "sent mail" page.</summary>
    Catcher,
    Smtp,
}

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Catcher;
    public string FromAddress { get; set; } = "obuke@centarzztlj.rs";
    public string FromName { get; set; } = "Центар за заштиту жртава трговине људима";
    public string SmtpHost { get; set; } = "localhost";
    public int SmtpPort { get; set; } = 25;
    public bool SmtpUseStartTls { get; set; }
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public int MaxAttempts { get; set; } = 8;
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a run keeps the messages it claimed. Longer than a batch takes to send; after a crash, the
    /// messages claimed and not sent wait this long before another run sends them.</summary>
    public int ClaimSeconds { get; set; } = 300;

    /// <summary>SMTP connections used side by side while draining the outbox.</summary>
    public int Connections { get; set; } = 3;

    /// <summary>The public address of the app, for links in emails.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";
}
