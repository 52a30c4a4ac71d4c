using System.Globalization;

namespace Training.Infrastructure.Localisation;

/// <summary>
/// The order of people in official Serbian lists (attendance grids, certificate lists, sign-in sheets, exports): by
/// surname, the last word of the name, then by first name, in Serbian collation of the reader's script. A Cyrillic
/// reader's list is in Cyrillic order (Д, Ђ, Е, Ж, З … Ћ, У, Ф, Х, Ц, Ч, Џ, Ш); a Latin or English reader's in Serbian
/// Latin order (C, Č, Ć, D, Dž, Đ … S, Š … Z, Ž). A name written in the other script is compared as it reads in the
/// reader's, so one list never holds two alphabets' orders.
/// </summary>
public sealed class PersonNameOrder : IComparer<string?>
{
    private static readonly PersonNameOrder Cyrillic = new(CultureInfo.GetCultureInfo(Cultures.SerbianCyrillic).CompareInfo, latin: false);
    private static readonly PersonNameOrder Latin = new(CultureInfo.GetCultureInfo(Cultures.SerbianLatin).CompareInfo, latin: true);

    private readonly CompareInfo _collation;
    private readonly bool _latin;

    private PersonNameOrder(CompareInfo collation, bool latin) => (_collation, _latin) = (collation, latin);

    /// <summary>The order for the current (UI) culture's readers.</summary>
    public static PersonNameOrder Current => For(CultureInfo.CurrentUICulture);

    public static PersonNameOrder For(CultureInfo culture) => Cultures.IsLatin(culture) || Cultures.IsEnglish(culture) ? Latin : Cyrillic;

    public int Compare(string? x, string? y)
    {
        var (xSurname, xFirst) = Split(x);
        var (ySurname, yFirst) = Split(y);
        var bySurname = _collation.Compare(xSurname, ySurname, CompareOptions.IgnoreCase);
        return bySurname != 0 ? bySurname : _collation.Compare(xFirst, yFirst, CompareOptions.IgnoreCase);
    }

    private (string Surname, string FirstNames) Split(string? fullName)
    {
        var inScript = _latin ? SerbianTransliteration.ToLatin(fullName) : LatinToCyrillic.Convert(fullName ?? "");
        var words = inScript.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? (inScript.Trim(), "") : (words[^1], string.Join(' ', words[..^1]));
    }
}
