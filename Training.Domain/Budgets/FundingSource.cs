using Training.Domain.Common;

namespace Training.Domain.Budgets;

/// <summary>Where money comes from: the state budget, a donor project (with its code, donor and period), or another source.</summary>
public sealed class FundingSource : Entity
{
    private readonly List<FundingAllocation> _allocations = [];

    private FundingSource() { }

    public FundingSource(string name, FundingKind kind, string? donor = null) => Describe(name, kind, null, donor, null, null);

    public string Name { get; private set; } = "";
    public FundingKind Kind { get; private set; }
    public string? ProjectCode { get; private set; }
    public string? Donor { get; private set; }
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public bool IsActive { get; private set; } = true;
    public IReadOnlyCollection<FundingAllocation> Allocations => _allocations;

    public void Describe(string name, FundingKind kind, string? projectCode, string? donor, DateOnly? startsOn, DateOnly? endsOn)
    {
        Name = Guard.Required(name, nameof(Name), 200);
        Kind = kind;
        ProjectCode = Guard.Optional(projectCode, nameof(ProjectCode), 60);
        Donor = Guard.Optional(donor, nameof(Donor), 200);
        if (kind == FundingKind.DonorProject && Donor is null)
            throw new DomainException("Funding.DonorRequired", nameof(Donor));
        if (startsOn is not null && endsOn is not null && endsOn < startsOn)
            throw new DomainException("Funding.EndsBeforeStart", nameof(EndsOn));
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    /// <summary>The amount available in <paramref name="year"/> (RSD); setting it again replaces it.</summary>
    public void MakeAvailable(int year, decimal amount)
    {
        if (amount < 0)
            throw new DomainException("Validation.NotNegative", "Amount");
        if (year is < 2000 or > 2100)
            throw new DomainException("Plan.YearOutOfRange", "Year");
        _allocations.RemoveAll(a => a.Year == year);
        _allocations.Add(new FundingAllocation(year, amount));
    }

    public decimal AvailableIn(int year) => _allocations.FirstOrDefault(a => a.Year == year)?.Amount ?? 0;

    public void Archive() => IsActive = false;
}
