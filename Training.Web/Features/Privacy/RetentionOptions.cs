namespace Training.Web.Features.Privacy;

/// <summary>How long personal data is kept (section "Retention"); the privacy notice quotes these figures.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>An invitation nobody answered is deleted this many days after it was sent.</summary>
    public int UnansweredInvitationDays { get; set; } = 90;

    /// <summary>
    /// A participant's data is erased this many years after their last session (registrations and attendance stay, nameless).
    /// At least a licence cycle (six years), so a professional can prove the trainings a renewal asks for.
    /// </summary>
    public int ParticipantYears { get; set; } = 6;

    /// <summary>What an email said is deleted this many days after it was sent (that it was sent, and to whom, stays).</summary>
    public int EmailBodyDays { get; set; } = 30;
}
