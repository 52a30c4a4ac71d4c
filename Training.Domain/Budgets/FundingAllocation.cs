using Training.Domain.Common;

namespace Training.Domain.Budgets;

/// <summary>What a funding source makes available in one year, in dinars.</summary>
public sealed class FundingAllocation : Entity
{
    private FundingAllocation() { }

    internal FundingAllocation(int year, decimal amount)
    {
        Year = year;
        Amount = amount;
    }

    public int FundingSourceId { get; private set; }
    public int Year { get; private set; }
    public decimal Amount { get; private set; }
}
