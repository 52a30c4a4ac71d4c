using System.Diagnostics.CodeAnalysis;
using Training.Domain.Common;

namespace Training.Domain.Registrations;

/// <summary>
/// A person's place at a session: confirmed, on the waiting list, offered a freed seat, or cancelled.
/// Seats are counted on the session by a conditional update in the database, so these rules
/// decide only what each state may become.
/// </summary>
public sealed class Registration : Entity
{
    public static readonly TimeSpan OfferValidFor = TimeSpan.FromHours(48);

    private Registration() { }

    public Registration(int sessionId, int participantId, bool seatTaken, string tokenHash, string? dietaryNeeds, string? accessibilityNeeds, DateTime nowUtc)
    {
        SessionId = sessionId;
        ParticipantId = participantId;
        Status = seatTaken ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
        TokenHash = tokenHash;
        CalendarKey = tokenHash[..Math.Min(16, tokenHash.Length)];
        CreatedAtUtc = nowUtc;
        UpdateNeeds(dietaryNeeds, accessibilityNeeds);
    }

    public int SessionId { get; private set; }
    public int ParticipantId { get; private set; }
    public RegistrationStatus Status { get; private set; }

    /// <summary>SHA-256 of the participant's personal link; the link itself is never stored.</summary>
    public string TokenHash { get; private set; } = "";
    public string? DietaryNeeds { get; private set; }
    public string? AccessibilityNeeds { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? OfferExpiresAtUtc { get; private set; }
    public DateTime? CancelledAtUtc { get; private set; }

    public DateTime? ReminderSentAtUtc { get; private set; }

    /// <summary>Why a coordinator confirmed this person above capacity, when they did.</summary>
    public string? OverrideReason { get; private set; }

    /// <summary>Raised with every change the participant's calendar should pick up.</summary>
    public int CalendarSequence { get; private set; }

    /// <summary>
    /// A stable key for calendar entries, known before the row is saved; taken from the first link's hash, it reveals
    /// nothing of any token and stays when the link is renewed, so calendars keep updating the same entries.
    /// </summary>
    public string CalendarKey { get; private set; } = "";

    /// <summary>A new personal link replaces the old one (sent with a seat offer): only the newest works.</summary>
    public void Reissue(string tokenHash) => TokenHash = tokenHash;

    /// <summary>
    /// A person is registered for a session once, whatever the registration's state (the database's unique index says
    /// the same): a second registration gives back the first.
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<Registration, bool>> Of(int sessionId, int participantId) =>
        r => r.SessionId == sessionId && r.ParticipantId == participantId;

    /// <summary>Whether the person still counts as registered (a cancelled registration does not).</summary>
    public bool IsActive => Status != RegistrationStatus.Cancelled;

    /// <summary>The participant may cancel until the session starts.</summary>
    [SuppressMessage("Performance", "CA1822", Justification = "The registration's own rule, asked of the registration being cancelled.")]
    public void EnsureCancellable(DateTime sessionStartsAtUtc, DateTime nowUtc)
    {
        if (sessionStartsAtUtc <= nowUtc)
            throw new DomainException("Register.AlreadyStarted");
    }

    /// <summary>Forgets the needs the person told us about and retires their link; the registration itself is counted on.</summary>
    public void ForgetPersonalData(string retiredTokenHash)
    {
        DietaryNeeds = null;
        AccessibilityNeeds = null;
        TokenHash = retiredTokenHash;
    }

    /// <summary>True while the person holds a seat (confirmed, or offered and not yet lapsed).</summary>
    public bool HoldsSeat => Status is RegistrationStatus.Confirmed or RegistrationStatus.Offered;

    public void UpdateNeeds(string? dietaryNeeds, string? accessibilityNeeds)
    {
        DietaryNeeds = Guard.Optional(dietaryNeeds, nameof(DietaryNeeds), 500);
        AccessibilityNeeds = Guard.Optional(accessibilityNeeds, nameof(AccessibilityNeeds), 500);
    }

    /// <summary>The coordinator confirms a waiting person; above capacity only with a reason, which is kept.</summary>
    public void ConfirmByCoordinator(bool seatFree, string? overrideReason)
    {
        if (Status is not (RegistrationStatus.Waitlisted or RegistrationStatus.Offered))
            throw new DomainException("Registration.NotWaiting");
        if (!seatFree)
            OverrideReason = Guard.Required(overrideReason, nameof(OverrideReason), 500);
        Status = RegistrationStatus.Confirmed;
        OfferExpiresAtUtc = null;
        CalendarSequence++;
    }

    /// <summary>The coordinator moves a confirmed person back to the waiting list; returns whether a seat was freed.</summary>
    public bool MoveToWaitingList()
    {
        if (!HoldsSeat)
            throw new DomainException("Registration.NotConfirmed");
        Status = RegistrationStatus.Waitlisted;
        OfferExpiresAtUtc = null;
        CalendarSequence++;
        return true;
    }

    /// <summary>The session changed (dates, place): calendars must update this registration's events.</summary>
    public void SessionChanged() => CalendarSequence++;

    /// <summary>Returns whether a seat was given back.</summary>
    public bool Cancel(DateTime nowUtc)
    {
        if (Status == RegistrationStatus.Cancelled)
            throw new DomainException("Registration.AlreadyCancelled");
        var freed = HoldsSeat;
        Status = RegistrationStatus.Cancelled;
        CancelledAtUtc = nowUtc;
        OfferExpiresAtUtc = null;
        CalendarSequence++;
        return freed;
    }

    /// <summary>A seat freed up: held for this waiting person until the offer expires.</summary>
    public void OfferSeat(DateTime nowUtc)
    {
        if (Status != RegistrationStatus.Waitlisted)
            throw new DomainException("Registration.NotWaiting");
        Status = RegistrationStatus.Offered;
        OfferExpiresAtUtc = nowUtc + OfferValidFor;
    }

    public void AcceptOffer(DateTime nowUtc)
    {
        if (Status != RegistrationStatus.Offered)
            throw new DomainException("Registration.NoOffer");
        if (OfferExpiresAtUtc <= nowUtc)
            throw new DomainException("Registration.OfferExpired");
        Status = RegistrationStatus.Confirmed;
        OfferExpiresAtUtc = null;
        CalendarSequence++;
    }

    /// <summary>The offer ran out: the seat goes to the next person and this registration ends.</summary>
    public void LapseOffer(DateTime nowUtc)
    {
        if (Status != RegistrationStatus.Offered || OfferExpiresAtUtc > nowUtc)
            throw new DomainException("Registration.NoOffer");
        Status = RegistrationStatus.Cancelled;
        CancelledAtUtc = nowUtc;
        OfferExpiresAtUtc = null;
    }
}
