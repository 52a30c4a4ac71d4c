using System.Globalization;

namespace Training.Infrastructure.Localisation;

/// <summary>
/// Which plural form a number takes, by the CLDR rules of the interface's languages (both Serbian scripts share one rule).
/// A catalogue text lists its forms in the order of <see cref="Categories"/>: "{0|сат|сата|сати}", "{0|hour|hours}".
/// </summary>
public static class PluralRules
{
    private static readonly PluralCategory[] Serbian = [PluralCategory.One, PluralCategory.Few, PluralCategory.Other];
    private static readonly PluralCategory[] English = [PluralCategory.One, PluralCategory.Other];

    /// <summary>The categories of <paramref name="culture"/>'s language, in the order a catalogue text lists its forms.</summary>
    public static IReadOnlyList<PluralCategory> Categories(CultureInfo culture) => Cultures.IsEnglish(culture) ? English : Serbian;

    public static PluralCategory Category(decimal number, CultureInfo culture)
    {
        var n = Math.Abs(number);
        if (Cultures.IsEnglish(culture))
            return n == 1 ? PluralCategory.One : PluralCategory.Other;
        // A fraction ("1,5 сати", "2,5 бода") reads as other: the integer rule applies to whole numbers.
        if (n != decimal.Truncate(n))
            return PluralCategory.Other;
        var lastDigit = n % 10;
        var lastTwo = n % 100;
        if (lastDigit == 1 && lastTwo != 11)
            return PluralCategory.One;
        if (lastDigit is >= 2 and <= 4 && lastTwo is < 12 or > 14)
            return PluralCategory.Few;
        return PluralCategory.Other;
    }
}
