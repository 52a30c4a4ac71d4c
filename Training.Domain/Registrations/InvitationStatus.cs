namespace Training.Domain.Registrations;

public enum InvitationStatus
{
    Sent,
    Registered,
}
