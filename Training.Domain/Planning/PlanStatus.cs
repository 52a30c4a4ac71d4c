namespace Training.Domain.Planning;

public enum PlanStatus
{
    Draft,
    Approved,
}
