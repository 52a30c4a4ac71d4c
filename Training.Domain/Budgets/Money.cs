using Training.Domain.Common;

namespace Training.Domain.Budgets;

/// <summary>An amount in a currency; anything but dinars carries the exchange rate it was booked at.</summary>
public static class Money
{
    public const string Dinar = "RSD";

    /// <summary>The rate to use for <paramref name="currency"/>: 1 for dinars, the given one (which must be positive) otherwise.</summary>
    public static decimal RateFor(string currency, decimal? exchangeRate, string field) =>
        currency == Dinar ? 1m : exchangeRate is > 0 ? exchangeRate.Value : throw new DomainException("Budget.RateRequired", field, currency);

    public static string Currency(string? code)
    {
        var trimmed = (code ?? Dinar).Trim().ToUpperInvariant();
        return trimmed.Length == 3 && trimmed.All(char.IsAsciiLetterUpper) ? trimmed : throw new DomainException("Budget.CurrencyInvalid", "Currency");
    }
}
