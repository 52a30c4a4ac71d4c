using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Training.Infrastructure.Localisation;

/// <summary>
/// Every word a user sees, in two files: Serbian Cyrillic (the source of truth) and English.
/// Serbian Latin is transliterated from the Cyrillic on the fly.
/// A counted word is written as a plural selector next to its number: "{0} {0|сат|сата|сати}" in Serbian
/// (one, few, other), "{0} {0|hour|hours}" in English (one, other); formatting picks the form for argument 0.
/// </summary>
public sealed partial class TextCatalog
{
    private readonly IReadOnlyDictionary<string, string> _cyrillic;
    private readonly IReadOnlyDictionary<string, string> _english;

    public TextCatalog(IReadOnlyDictionary<string, string> cyrillic, IReadOnlyDictionary<string, string> english)
    {
        _cyrillic = cyrillic;
        _english = english;
        _latin = cyrillic.ToDictionary(p => p.Key, p => SerbianTransliteration.ToLatin(p.Value));
    }

    private TextCatalog(TextCatalog texts, Func<string, CultureInfo, string?> names)
    {
        (_cyrillic, _english, _latin) = (texts._cyrillic, texts._english, texts._latin);
        _names = names;
    }

    private readonly IReadOnlyDictionary<string, string> _latin;

    /// <summary>Names kept as data rather than in the files (sectors an administrator adds and renames), asked first.</summary>
    private readonly Func<string, CultureInfo, string?>? _names;

    /// <summary>The same texts, with <paramref name="names"/> answering first for the keys it knows (see <see cref="SectorNames"/>).</summary>
    public TextCatalog WithNames(Func<string, CultureInfo, string?> names) => new(this, names);

    public static TextCatalog Default { get; } = LoadEmbedded();

    public IEnumerable<string> CyrillicKeys => _cyrillic.Keys;
    public IEnumerable<string> EnglishKeys => _english.Keys;

    public string? Find(string key, CultureInfo culture)
    {
        if (_names?.Invoke(key, culture) is { } name)
            return name;
        var table = Cultures.IsEnglish(culture) ? _english : Cultures.IsLatin(culture) ? _latin : _cyrillic;
        return table.TryGetValue(key, out var value) ? value : null;
    }

    public IEnumerable<KeyValuePair<string, string>> All(CultureInfo culture) =>
        Cultures.IsEnglish(culture) ? _english : Cultures.IsLatin(culture) ? _latin : _cyrillic;

    /// <summary>
    /// The text of <paramref name="key"/> in the current UI culture, formatted with <paramref name="arguments"/>;
    /// a count among them chooses its words' plural forms: T["Questionnaires.ItemCount", 21] reads "21 питање".
    /// </summary>
    public string this[string key, params object?[] arguments] => Format(Find(key, CultureInfo.CurrentUICulture) ?? key, arguments);

    /// <summary>Formats a catalogue text in the current culture: plural selectors first, then the arguments.</summary>
    public static string Format(string text, params object?[] arguments)
    {
        if (arguments.Length == 0)
            return text;
        var withForms = PluralSelector().Replace(text, m => ChooseForm(m, arguments, CultureInfo.CurrentUICulture));
        return string.Format(CultureInfo.CurrentCulture, withForms, arguments);
    }

    private static string ChooseForm(Match selector, object?[] arguments, CultureInfo culture)
    {
        var index = int.Parse(selector.Groups["index"].Value, CultureInfo.InvariantCulture);
        var forms = selector.Groups["forms"].Value.Split('|');
        if (index >= arguments.Length)
            throw new FormatException($"The plural selector {selector.Value} has no argument {index}.");
        var category = Count(arguments[index]) is decimal count ? PluralRules.Category(count, culture) : PluralCategory.Other;
        var position = PluralRules.Categories(culture).ToList().IndexOf(category);
        return forms[Math.Min(position, forms.Length - 1)];
    }

    /// <summary>A count given as a number, or as a number already formatted for the page ("1.234", "7,5"); "—" counts as none.</summary>
    private static decimal? Count(object? argument) => argument switch
    {
        string formatted => decimal.TryParse(formatted, NumberStyles.Number, CultureInfo.CurrentCulture, out var parsed) ? parsed : null,
        IConvertible number when number.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal => number.ToDecimal(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>"{2|обука|обуке|обука}": the forms of a word counted by argument 2, in the language's category order.</summary>
    [GeneratedRegex(@"\{(?<index>\d+)\|(?<forms>[^{}]*)\}")]
    public static partial Regex PluralSelector();

    private static TextCatalog LoadEmbedded()
    {
        var assembly = typeof(TextCatalog).Assembly;
        return new TextCatalog(Read(assembly, "sr-Cyrl.json"), Read(assembly, "en.json"));
    }

    private static Dictionary<string, string> Read(Assembly assembly, string file)
    {
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Localisation." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
               ?? throw new InvalidOperationException($"The text file {file} is empty.");
    }
}
