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

    public static bool IsLatin(CultureInfo culture) => culture.Name.StartsWith("sr-Latn", StringComparison.OrdinalIgnoreCase);

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    /// <summary>Runs <paramref name="action"/> with the given culture as the current one (for emails and documents made off-request).</summary>
    public static T With<T>(string culture, Func<T> action)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var info = CultureInfo.GetCultureInfo(Normalise(culture));
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
