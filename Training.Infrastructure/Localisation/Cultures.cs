using System.Globalization;

namespace Training.Infrastructure.Localisation;

/// <summary>The three cultures of the interface, emails and documents.</summary>
public static class Cultures
{
    public const string SerbianCyrillic = "sr-Cyrl-RS";
    public const string SerbianLatin = "sr-Latn-RS";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Supported = [SerbianCyrillic, SerbianLatin, English];

    public static string Normalise(string? culture) =>
        Supported.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? SerbianCyrillic;

    /// <summary>
    /// English writes dates and times as in Britain (13/11/2026, 09:30; "Friday 13 November 2026"): the Centre's
    /// English readers are European, and the neutral "en" would put the month first and the time in AM/PM.
    /// </summary>
    private static readonly CultureInfo EnglishWithBritishFormats = MakeEnglish();

    /// <summary>The culture to format and translate with: the supported one by that name, English with British formats.</summary>
    public static CultureInfo Info(string? culture)
    {
        var name = Normalise(culture);
        return name == English ? EnglishWithBritishFormats : CultureInfo.GetCultureInfo(name);
    }

    private static CultureInfo MakeEnglish()
    {
        var english = new CultureInfo(English, useUserOverride: false);
        var british = CultureInfo.GetCultureInfo("en-GB");
        english.DateTimeFormat = (DateTimeFormatInfo)british.DateTimeFormat.Clone();
        english.NumberFormat = (NumberFormatInfo)british.NumberFormat.Clone();
        return CultureInfo.ReadOnly(english);
    }

    public static bool IsLatin(CultureInfo culture) => culture.Name.StartsWith("sr-Latn", StringComparison.OrdinalIgnoreCase);

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    /// <summary>Runs <paramref name="action"/> with the given culture as the current one (for emails and documents made off-request).</summary>
    public static T With<T>(string culture, Func<T> action)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var info = Info(culture);
        CultureInfo.CurrentCulture = info;
        CultureInfo.CurrentUICulture = info;
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    /// <summary>A proper name or text kept in Cyrillic (a town, an institution, a plan line), shown in the current script.</summary>
    public static string InCurrentScript(string? cyrillic) =>
        IsLatin(CultureInfo.CurrentUICulture) || IsEnglish(CultureInfo.CurrentUICulture)
            ? SerbianTransliteration.ToLatin(cyrillic)
            : cyrillic ?? "";
}
