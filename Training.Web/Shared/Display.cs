using System.Globalization;
using Training.Domain.Common;
using Training.Infrastructure.Localisation;

namespace Training.Web.Shared;

/// <summary>Dates, times, numbers and money as the current culture writes them; times in Europe/Belgrade.</summary>
public static class Display
{
    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    public static string DateTime(DateTime utc) => Belgrade.ToLocal(utc).ToString("g", CultureInfo.CurrentCulture);

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    /// <summary>Dinars as "12.500,00 дин." in Serbian and "12,500.00 RSD" in English.</summary>
    public static string Money(decimal amount) =>
        amount.ToString("#,0.00", CultureInfo.CurrentCulture) + " " + TextCatalog.Default["Money.Rsd"];

    /// <summary>A name kept in Cyrillic (town, institution, plan text), in the script of the current culture.</summary>
    public static string Name(string? cyrillic) => Cultures.InCurrentScript(cyrillic);
}
