using Microsoft.AspNetCore.Identity;

namespace Training.Infrastructure.Identity;

/// <summary>A person who signs in: Centre staff, coordinators, management, trainers.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Culture for emails sent to this user; the UI follows the culture cookie.</summary>
    public string PreferredCulture { get; set; } = "sr-Cyrl-RS";

    /// <summary>The time step (30-second count since 1970) of the last authenticator code accepted; a code is taken only for a later step.</summary>
    public long? LastAuthenticatorStep { get; set; }
}
