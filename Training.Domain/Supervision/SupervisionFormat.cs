namespace Training.Domain.Supervision;

public enum SupervisionFormat
{
    Group,
    Individual,
}
