using Microsoft.AspNetCore.Identity;
using Training.Infrastructure.Localisation;

namespace Training.Web.Startup;

/// <summary>Identity's password and account messages, in the user's language.</summary>
public sealed class LocalisedIdentityErrors(TextCatalog text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = text["Identity.PasswordTooShort", length] };

    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = text["Identity.DuplicateEmail"] };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = text["Identity.DuplicateEmail"] };

    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = text["Validation.Email"] };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = text["Account.LoginFailed"] };
}
