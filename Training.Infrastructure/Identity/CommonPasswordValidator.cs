using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Training.Infrastructure.Localisation;

namespace Training.Infrastructure.Identity;

/// <summary>
/// Refuses passwords that are common or easy to guess, without composition rules (NIST SP 800-63B): zxcvbn
/// matches them against lists of the most used passwords, words, names, keyboard runs, dates and repeats,
/// and against the person's own name and address. Anything it rates below "safely unguessable" (3 of 4) is refused.
/// </summary>
public sealed class CommonPasswordValidator(TextCatalog text) : IPasswordValidator<AppUser>
{
    public const int RequiredScore = 3;

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var personal = new[] { user.Email, user.UserName, user.DisplayName, "centar", "obuke", "obuka", "trgovina", "zrtve", "lozinka" }
            .Where(v => !string.IsNullOrWhiteSpace(v)).SelectMany(v => v!.Split(' ', '@', '.', '-')).Where(v => v.Length > 2)
            .SelectMany(Spellings).Distinct().ToList();
        var result = Zxcvbn.Zxcvbn.MatchPassword(password ?? "", personal);
        return Task.FromResult(result.Score >= RequiredScore
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = text["Identity.PasswordTooCommon"] }));
    }

    /// <summary>
    /// A word as people type it: in Cyrillic, in Latin, and in Latin without diacritics ("Јовановић", "Jovanović",
    /// "Jovanovic"; "Ђорђе" also as "Djordje" and "Dordje").
    /// </summary>
    public static IEnumerable<string> Spellings(string word)
    {
        var latin = SerbianTransliteration.ToLatin(word).ToLowerInvariant();
        var plain = WithoutDiacritics(latin);
        return new[] { word.ToLowerInvariant(), latin, LatinToCyrillic.Convert(latin), plain.Replace('đ', 'd'), plain.Replace("đ", "dj", StringComparison.Ordinal) }.Distinct();
    }

    private static string WithoutDiacritics(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                plain.Append(c);
        return plain.ToString().Normalize(NormalizationForm.FormC);
    }
}
