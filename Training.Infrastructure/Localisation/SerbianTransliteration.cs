using System.Text;

namespace Training.Infrastructure.Localisation;

/// <summary>
/// Serbian Cyrillic to Serbian Latin, letter for letter as the official alphabets correspond.
/// Latin is never kept by hand: it is always made from the Cyrillic source of truth.
/// </summary>
public static class SerbianTransliteration
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['ђ'] = "đ", ['е'] = "e", ['ж'] = "ž",
        ['з'] = "z", ['и'] = "i", ['ј'] = "j", ['к'] = "k", ['л'] = "l", ['љ'] = "lj", ['м'] = "m", ['н'] = "n",
        ['њ'] = "nj", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['ћ'] = "ć", ['у'] = "u",
        ['ф'] = "f", ['х'] = "h", ['ц'] = "c", ['ч'] = "č", ['џ'] = "dž", ['ш'] = "š",
    };

    public static string ToLatin(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text ?? "";
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            if (!Letters.TryGetValue(lower, out var latin))
            {
                result?.Append(c);
                continue;
            }
            result ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
            if (c == lower)
                result.Append(latin);
            else if (latin.Length == 1 || !NeighbourIsUpper(text, i))
                result.Append(char.ToUpperInvariant(latin[0])).Append(latin.AsSpan(1));
            else
                result.Append(latin.ToUpperInvariant()); // "ЉУБАВ" -> "LJUBAV", but "Љубав" -> "Ljubav"
        }
        return result?.ToString() ?? text;
    }

    private static bool NeighbourIsUpper(string text, int i) =>
        (i + 1 < text.Length && char.IsUpper(text[i + 1])) || (i > 0 && char.IsUpper(text[i - 1]));
}
