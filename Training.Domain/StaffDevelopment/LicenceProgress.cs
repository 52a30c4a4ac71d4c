namespace Training.Domain.StaffDevelopment;

/// <summary>
/// Points earned towards a licence's renewal: those of trainings that ended within the licence period
/// (the <paramref name="PeriodYears"/> years up to the renewal date).
/// </summary>
public sealed record LicenceProgress(DateOnly RenewsOn, int PeriodYears, decimal Required, decimal Earned)
{
    public DateOnly PeriodStart => RenewsOn.AddYears(-PeriodYears);

    public decimal Missing => Math.Max(0, Required - Earned);

    public bool Met => Earned >= Required;

    public bool Counts(DateOnly endedOn) => endedOn >= PeriodStart && endedOn <= RenewsOn;
}
