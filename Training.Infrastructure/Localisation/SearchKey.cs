using System.Globalization;
using System.Text;

namespace Training.Infrastructure.Localisation;

/// <summary>
/// What a search box looks for, in a form that ignores script, case and diacritics: "Nis", "Niš" and "Ниш" are one word,
/// as are "Djordjevic" and "Ђорђевић". People type Latin without diacritics; the data is in either script.
/// </summary>
public sealed class SearchKey
{
    private readonly string _folded;

    private SearchKey(string folded) => _folded = folded;

    public static SearchKey? For(string? term) =>
        string.IsNullOrWhiteSpace(term) ? null : new SearchKey(Fold(term.Trim()));

    /// <summary>Whether any of <paramref name="texts"/> contains the term.</summary>
    public bool Matches(params string?[] texts) =>
        texts.Any(t => !string.IsNullOrEmpty(t) && Fold(t).Contains(_folded, StringComparison.Ordinal));

    /// <summary>Latin, lower case, without diacritics; "đ" becomes "dj", as it is written on keyboards without it.</summary>
    public static string Fold(string text)
    {
        var latin = SerbianTransliteration.ToLatin(text).ToLowerInvariant().Replace("đ", "dj", StringComparison.Ordinal);
        var result = new StringBuilder(latin.Length);
        foreach (var c in latin.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                result.Append(c);
        }
        return result.ToString();
    }
}
