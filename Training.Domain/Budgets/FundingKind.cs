namespace Training.Domain.Budgets;

public enum FundingKind
{
    StateBudget,
    DonorProject,
    Other,
}
