namespace Training.Domain.StaffDevelopment;

public enum DevelopmentStatus
{
    Requested,
    Approved,
    Attended,
    Cancelled,
}
