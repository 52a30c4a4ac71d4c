namespace Training.Domain.Registrations;

public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,

    /// <summary>A freed seat is held for this person until the offer expires.</summary>
    Offered,
    Cancelled,
}
