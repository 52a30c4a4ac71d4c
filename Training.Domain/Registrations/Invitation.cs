using Training.Domain.Common;
using Training.Domain.Participants;

namespace Training.Domain.Registrations;

/// <summary>A personal invitation to a session, answered through the link in its email.</summary>
public sealed class Invitation : Entity
{
    private Invitation() { }

    public Invitation(int sessionId, string email, string? name, string? institution, string culture, string tokenHash, DateTime nowUtc, DateTime expiresAtUtc,
        bool viaOpenLink = false)
    {
        ViaOpenLink = viaOpenLink;
        SessionId = sessionId;
        Email = Participant.NormaliseEmail(email) ?? throw new DomainException("Validation.Required", nameof(Email));
        Name = Guard.Optional(name, nameof(Name), 200);
        Institution = Guard.Optional(institution, nameof(Institution), 300);
        Culture = culture;
        TokenHash = tokenHash;
        CreatedAtUtc = nowUtc;
        ExpiresAtUtc = expiresAtUtc;
    }

    public int SessionId { get; private set; }
    public string Email { get; private set; } = "";
    public string? Name { get; private set; }
    public string? Institution { get; private set; }
    public string Culture { get; private set; } = "sr-Cyrl-RS";
    public InvitationStatus Status { get; private set; } = InvitationStatus.Sent;
    public string TokenHash { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public DateTime? ChasedAtUtc { get; private set; }

    /// <summary>
    /// Asked for by the person themselves through the session's open link: it holds no seat, and lapses unless they
    /// register from the link emailed to them within the hold time. The coordinator sees it as awaiting confirmation.
    /// </summary>
    public bool ViaOpenLink { get; private set; }

    /// <summary>An open-link request not yet confirmed and not lapsed.</summary>
    public bool AwaitsConfirmation(DateTime nowUtc) => ViaOpenLink && Status == InvitationStatus.Sent && !IsExpired(nowUtc);

    /// <summary>
    /// When a link sent now stops working: a personal invitation at the end of the session's last day of registration
    /// (Belgrade time, given as <paramref name="registrationClosesAtUtc"/>); an open-link request after the hold time,
    /// and never after registration closes.
    /// </summary>
    public static DateTime ExpiryFor(DateTime registrationClosesAtUtc, bool viaOpenLink, DateTime nowUtc, TimeSpan openLinkHold) =>
        viaOpenLink && nowUtc + openLinkHold < registrationClosesAtUtc ? nowUtc + openLinkHold : registrationClosesAtUtc;

    /// <summary>Set when a focal person nominated this invitee within their institution's quota.</summary>
    public int? SeatQuotaId { get; private set; }

    public void NominatedUnder(int seatQuotaId) => SeatQuotaId = seatQuotaId;

    /// <summary>A new link replaces the old one (a reminder or a resent invitation): only the newest works.</summary>
    public void Reissue(string tokenHash) => TokenHash = tokenHash;

    public bool IsExpired(DateTime nowUtc) => ExpiresAtUtc < nowUtc;

    public void ExtendTo(DateTime expiresAtUtc) => ExpiresAtUtc = expiresAtUtc;

    /// <summary>The person asked again through the open link: the request is refreshed with what they typed.</summary>
    public void RequestedAgain(string? name, string? institution, string culture)
    {
        Name = Guard.Optional(name, nameof(Name), 200);
        Institution = Guard.Optional(institution, nameof(Institution), 300);
        Culture = culture;
    }

    public void MarkRegistered() => Status = InvitationStatus.Registered;

}
