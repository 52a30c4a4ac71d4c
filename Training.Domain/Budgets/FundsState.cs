namespace Training.Domain.Budgets;

/// <summary>Where the money for a line stands with its funder.</summary>
public enum FundsState
{
    Requested,
    Approved,
    Received,
}
