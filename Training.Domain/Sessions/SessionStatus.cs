namespace Training.Domain.Sessions;

public enum SessionStatus
{
    Draft,
    Planned,
    OpenForRegistration,
    RegistrationClosed,
    Delivered,
    Closed,
    Cancelled,
}
