namespace Training.Domain.Common;

/// <summary>Codes of reference data added by hand (a sector, an accrediting body), made from a name and never changed after.</summary>
public static class ReferenceCode
{
    /// <summary>"Prosecution and courts" becomes "ProsecutionAndCourts"; a code already taken gets a number.</summary>
    public static string From(string name, IReadOnlyCollection<string> taken, string fallback)
    {
        var words = name.Split((char[])[' ', '-', ',', '.', '/', '(', ')', '\'', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray())).Where(w => w.Length > 0)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        var stem = string.Concat(words);
        stem = stem.Length == 0 ? fallback : stem[..Math.Min(stem.Length, 36)];
        var code = stem;
        for (var i = 2; taken.Contains(code, StringComparer.OrdinalIgnoreCase); i++)
            code = stem + i;
        return code;
    }
}
