namespace Training.Web.Features.Registrations;

/// <summary>The <c>Registration</c> configuration section.</summary>
public sealed class RegistrationOptions
{
    public const string Section = "Registration";

    /// <summary>Days before a session's first day when confirmed participants get a reminder.</summary>
    public int ReminderDaysBefore { get; set; } = 2;

    /// <summary>Days after an unanswered invitation when the invitee is reminded once; 0 turns it off.</summary>
    public int ChaseAfterDays { get; set; } = 5;

    /// <summary>Hours a request through a session's open link waits for the person to register from the emailed link.</summary>
    public int OpenLinkHoldHours { get; set; } = 24;
}
