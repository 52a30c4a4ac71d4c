using Microsoft.AspNetCore.Identity;

namespace Training.Infrastructure.Identity;

/// <summary>
/// Refuses passwords that are common or easy to guess, without composition rules (NIST SP 800-63B): zxcvbn
/// matches them against lists of the most used passwords, words, names, keyboard runs, dates and repeats,
/// and against the person's own name and address. Anything it rates below "safely unguessable" (3 of 4) is refused.
/// </summary>
public sealed class CommonPasswordValidator(Training.Infrastructure.Localisation.TextCatalog text) : IPasswordValidator<AppUser>
{
    public const int RequiredScore = 3;

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var personal = new[] { user.Email, user.UserName, user.DisplayName, "centar", "obuke", "obuka", "trgovina", "zrtve", "lozinka" }
            .Where(v => !string.IsNullOrWhiteSpace(v)).SelectMany(v => v!.Split(' ', '@', '.')).Where(v => v.Length > 2).ToList();
        var result = Zxcvbn.Zxcvbn.MatchPassword(password ?? "", personal);
        return Task.FromResult(result.Score >= RequiredScore
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = text["Identity.PasswordTooCommon"] }));
    }
}
