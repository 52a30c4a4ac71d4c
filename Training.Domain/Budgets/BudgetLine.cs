using Training.Domain.Common;

namespace Training.Domain.Budgets;

/// <summary>
/// One line of a budget, of a session or of a plan activity itself: what is planned, what was spent
/// and when, from which source, and where the funds stand. Amounts are kept in their currency with
/// the exchange rate, and compared in dinars.
/// </summary>
public sealed class BudgetLine : Entity
{
    private BudgetLine() { }

    private BudgetLine(int? sessionId, int? planActivityId) => (SessionId, PlanActivityId) = (sessionId, planActivityId);

    public static BudgetLine ForSession(int sessionId) => new(sessionId, null);

    public static BudgetLine ForActivity(int planActivityId) => new(null, planActivityId);

    public int? SessionId { get; private set; }
    public int? PlanActivityId { get; private set; }
    public BudgetCategory Category { get; private set; }
    public decimal Planned { get; private set; }
    public decimal? Actual { get; private set; }
    public DateOnly? ActualOn { get; private set; }
    public string Currency { get; private set; } = Money.Dinar;
    public decimal ExchangeRate { get; private set; } = 1;
    public int? FundingSourceId { get; private set; }
    public FundsState Funds { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The trainer assignment a fee line was filled in from, so it is filled in once.</summary>
    public int? TrainerAssignmentId { get; private set; }

    public decimal PlannedDinars => Math.Round(Planned * ExchangeRate, 2);
    public decimal? ActualDinars => Actual is decimal a ? Math.Round(a * ExchangeRate, 2) : null;

    /// <param name="fundingRequired">True once the session is no longer a draft: its money must say where it comes from.</param>
    public void Set(BudgetCategory category, decimal planned, decimal? actual, DateOnly? actualOn, string? currency, decimal? exchangeRate,
        int? fundingSourceId, FundsState funds, string? note, bool fundingRequired)
    {
        if (planned < 0)
            throw new DomainException("Validation.NotNegative", nameof(Planned));
        if (actual < 0)
            throw new DomainException("Validation.NotNegative", nameof(Actual));
        if (actual is not null && actualOn is null)
            throw new DomainException("Budget.ActualNeedsDate", nameof(ActualOn));
        if (fundingRequired && fundingSourceId is null)
            throw new DomainException("Budget.SourceRequired", nameof(FundingSourceId));
        var code = Money.Currency(currency);
        ExchangeRate = Money.RateFor(code, exchangeRate, nameof(ExchangeRate));
        Currency = code;
        Category = category;
        Planned = planned;
        Actual = actual;
        ActualOn = actual is null ? null : actualOn;
        FundingSourceId = fundingSourceId;
        Funds = funds;
        Note = Guard.Optional(note, nameof(Note), 500);
    }

    public void FilledFrom(int trainerAssignmentId) => TrainerAssignmentId = trainerAssignmentId;
}
