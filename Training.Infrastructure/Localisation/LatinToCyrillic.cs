using System.Text;

namespace Training.Infrastructure.Localisation;

/// <summary>Serbian Latin back to Cyrillic, letter for letter ("Niš" becomes "Ниш"); searches ignore script through <see cref="SearchKey"/>.</summary>
public static class LatinToCyrillic
{
    private static readonly (string Latin, string Cyrillic)[] Pairs =
    [
        ("dž", "џ"), ("lj", "љ"), ("nj", "њ"),
        ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("đ", "ђ"), ("e", "е"), ("ž", "ж"), ("z", "з"),
        ("i", "и"), ("j", "ј"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"),
        ("s", "с"), ("t", "т"), ("ć", "ћ"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "ц"), ("č", "ч"), ("š", "ш"),
    ];

    /// <summary>A name typed for the Cyrillic source of truth: trimmed, and converted when it holds no Cyrillic letter at all.</summary>
    public static string? Typed(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Any(c => c is >= '\u0400' and <= '\u04FF') ? trimmed : Convert(trimmed);
    }

    public static string Convert(string text)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var matched = false;
            foreach (var (latin, cyrillic) in Pairs)
            {
                if (string.Compare(text, i, latin, 0, latin.Length, StringComparison.OrdinalIgnoreCase) != 0)
                    continue;
                result.Append(char.IsUpper(text[i]) ? cyrillic.ToUpperInvariant() : cyrillic);
                i += latin.Length;
                matched = true;
                break;
            }
            if (!matched)
                result.Append(text[i++]);
        }
        return result.ToString();
    }
}
