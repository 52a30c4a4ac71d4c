using Training.Domain.Common;
using Training.Domain.Participants;

namespace Training.Domain.StaffDevelopment;

/// <summary>
/// One of the Centre's own professionals, linked to their user account. Their email is how the sessions
/// they attended as a participant are found; their licence, when they hold one, sets the points they must earn.
/// </summary>
public sealed class StaffMember : Entity
{
    private StaffMember() { }

    public StaffMember(string userId, string fullName, string email, string position)
    {
        UserId = Guard.Required(userId, nameof(UserId), 450);
        Describe(fullName, email, position);
    }

    public string UserId { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string Position { get; private set; } = "";
    public string? LicenceNumber { get; private set; }
    public DateOnly? LicenceRenewsOn { get; private set; }
    public decimal? LicencePointsRequired { get; private set; }
    public bool IsActive { get; private set; } = true;

    public bool HasLicence => LicenceNumber is not null;

    public void Describe(string fullName, string email, string position)
    {
        FullName = Guard.Required(fullName, nameof(FullName), 200);
        Email = Participant.NormaliseEmail(email) ?? throw new DomainException("Validation.Required", nameof(Email));
        Position = Guard.Required(position, nameof(Position), 200);
    }

    /// <summary>A licence needs its renewal date and the points it asks for; no number clears it.</summary>
    public void SetLicence(string? number, DateOnly? renewsOn, decimal? pointsRequired)
    {
        LicenceNumber = Guard.Optional(number, nameof(LicenceNumber), 60);
        if (LicenceNumber is null)
        {
            LicenceRenewsOn = null;
            LicencePointsRequired = null;
            return;
        }
        LicenceRenewsOn = renewsOn ?? throw new DomainException("Staff.RenewalRequired", nameof(LicenceRenewsOn));
        LicencePointsRequired = pointsRequired is > 0 and <= 1000 ? pointsRequired : throw new DomainException("Validation.Positive", nameof(LicencePointsRequired));
    }

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;
}
