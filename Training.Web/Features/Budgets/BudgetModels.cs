using System.Globalization;
using Training.Domain.Budgets;
using Training.Web.Shared;

namespace Training.Web.Features.Budgets;

public sealed class BudgetLineForm
{
    public BudgetCategory Category { get; set; } = BudgetCategory.Other;
    public decimal? Planned { get; set; }
    public decimal? Actual { get; set; }
    public DateOnly? ActualOn { get; set; }
    public string? Currency { get; set; } = Money.Dinar;
    public decimal? ExchangeRate { get; set; }
    public int? FundingSourceId { get; set; }
    public FundsState Funds { get; set; } = FundsState.Requested;
    public string? Note { get; set; }

    public static BudgetLineForm Of(BudgetLine line) => new()
    {
        Category = line.Category, Planned = line.Planned, Actual = line.Actual, ActualOn = line.ActualOn, Currency = line.Currency,
        ExchangeRate = line.Currency == Money.Dinar ? null : line.ExchangeRate, FundingSourceId = line.FundingSourceId, Funds = line.Funds, Note = line.Note,
    };
}

/// <summary>Planned against spent, in dinars, with what it cost per person trained and per hour of their attendance.</summary>
public sealed record BudgetTotals(decimal Planned, decimal Actual, int Persons, decimal ParticipantHours)
{
    public decimal? PerParticipant => Persons == 0 || Actual == 0 ? null : Math.Round(Actual / Persons, 2);
    public decimal? PerParticipantHour => ParticipantHours == 0 || Actual == 0 ? null : Math.Round(Actual / ParticipantHours, 2);
}

/// <summary>A budget (of a session or of a plan activity) and the form to add or edit one of its lines.</summary>
public sealed record BudgetPage(string Title, string BackLink, BudgetActions Actions, IReadOnlyList<BudgetLine> Lines, IReadOnlyList<BudgetLine> SessionLines,
    BudgetTotals Totals, IReadOnlyList<Choice> Sources, bool CanEdit, bool FundingRequired, bool CanPrefillFees, BudgetLineForm Form, int? EditingId)
{
    /// <summary>Set for a session's budget, so the page shows the session's tabs.</summary>
    public int? SessionId { get; init; }
}

/// <summary>The actions of <see cref="BudgetsController"/> that show a budget, save and delete its lines, and the route values that name the budget.</summary>
public sealed record BudgetActions(string Show, string Save, string Delete, IReadOnlyDictionary<string, string> Budget)
{
    /// <summary>The budget's route values and <paramref name="more"/>, in a new dictionary each time: the link tag helpers add their own values to the one they are given.</summary>
    public Dictionary<string, string> Route(params (string Key, int Value)[] more)
    {
        var route = new Dictionary<string, string>(Budget);
        foreach (var (key, value) in more)
            route[key] = value.ToString(CultureInfo.InvariantCulture);
        return route;
    }
}

public sealed record BudgetRow(string Label, decimal Planned, decimal Actual, string? Link = null);

public sealed record BudgetOverview(int Year, IReadOnlyList<int> Years, BudgetTotals Totals, IReadOnlyList<BudgetRow> BySource, IReadOnlyList<BudgetRow> ByActivity,
    IReadOnlyList<BudgetRow> BySector, IReadOnlyList<BudgetRow> BySession, IReadOnlyList<BudgetRow> Available);

public sealed class FundingForm
{
    public string? Name { get; set; }
    public FundingKind Kind { get; set; } = FundingKind.StateBudget;
    public string? ProjectCode { get; set; }
    public string? Donor { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public int? Year { get; set; }
    public decimal? Amount { get; set; }
}

public sealed record FundingPage(IReadOnlyList<FundingSource> Sources, FundingForm Form, int? EditingId, bool CanEdit);
