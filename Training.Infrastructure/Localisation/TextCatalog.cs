using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Training.Infrastructure.Localisation;

/// <summary>
/// Every word a user sees, in two files: Serbian Cyrillic (the source of truth) and English.
/// Serbian Latin is transliterated from the Cyrillic on the fly.
/// </summary>
public sealed class TextCatalog
{
    private readonly IReadOnlyDictionary<string, string> _cyrillic;
    private readonly IReadOnlyDictionary<string, string> _english;

    public TextCatalog(IReadOnlyDictionary<string, string> cyrillic, IReadOnlyDictionary<string, string> english)
    {
        _cyrillic = cyrillic;
        _english = english;
        _latin = cyrillic.ToDictionary(p => p.Key, p => SerbianTransliteration.ToLatin(p.Value));
    }

    private readonly IReadOnlyDictionary<string, string> _latin;

    public static TextCatalog Default { get; } = LoadEmbedded();

    public IEnumerable<string> CyrillicKeys => _cyrillic.Keys;
    public IEnumerable<string> EnglishKeys => _english.Keys;

    public string? Find(string key, CultureInfo culture)
    {
        var table = Cultures.IsEnglish(culture) ? _english : Cultures.IsLatin(culture) ? _latin : _cyrillic;
        return table.TryGetValue(key, out var value) ? value : null;
    }

    public IEnumerable<KeyValuePair<string, string>> All(CultureInfo culture) =>
        Cultures.IsEnglish(culture) ? _english : Cultures.IsLatin(culture) ? _latin : _cyrillic;

    /// <summary>The text of <paramref name="key"/> in the current UI culture, formatted with <paramref name="arguments"/>.</summary>
    public string this[string key, params object?[] arguments]
    {
        get
        {
            var culture = CultureInfo.CurrentUICulture;
            var text = Find(key, culture) ?? key;
            return arguments.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, arguments);
        }
    }

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
