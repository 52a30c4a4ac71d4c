namespace Training.Domain.StaffDevelopment;

public enum DevelopmentPlanStatus
{
    Draft,
    Approved,
}
