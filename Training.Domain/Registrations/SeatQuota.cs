using Training.Domain.Common;
using Training.Domain.Participants;

namespace Training.Domain.Registrations;

/// <summary>
/// Seats of a session offered to one institution: its focal person gets a link to nominate staff,
/// up to the number of seats; each nominee is invited personally.
/// </summary>
public sealed class SeatQuota : Entity
{
    private SeatQuota() { }

    public SeatQuota(int sessionId, int organisationId, int seats, string focalName, string focalEmail, string culture, string tokenHash, DateTime nowUtc)
    {
        if (seats < 1)
            throw new DomainException("Validation.AtLeastOne", nameof(Seats));
        SessionId = sessionId;
        OrganisationId = organisationId;
        Seats = seats;
        FocalName = Guard.Required(focalName, nameof(FocalName), 200);
        FocalEmail = Participant.NormaliseEmail(focalEmail) ?? throw new DomainException("Validation.Required", nameof(FocalEmail));
        Culture = culture;
        TokenHash = tokenHash;
        CreatedAtUtc = nowUtc;
    }

    public int SessionId { get; private set; }
    public int OrganisationId { get; private set; }
    public int Seats { get; private set; }
    public string FocalName { get; private set; } = "";
    public string FocalEmail { get; private set; } = "";
    public string Culture { get; private set; } = "sr-Cyrl-RS";
    public string TokenHash { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>
    /// People nominated so far. Raised only by a conditional UPDATE in the database (never above <see cref="Seats"/>),
    /// in the transaction that writes the nominee's invitation, so nominations sent at the same moment cannot exceed the quota.
    /// </summary>
    public int Nominated { get; private set; }

    public bool IsFull => Nominated >= Seats;

    /// <summary>Refuses a nomination beyond the quota.</summary>
    public void EnsureRoom()
    {
        if (IsFull)
            throw new DomainException("Quota.Full", "Email", Seats);
    }
}
