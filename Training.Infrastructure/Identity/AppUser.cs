using Microsoft.AspNetCore.Identity;

namespace Training.Infrastructure.Identity;

/// <summary>A person who signs in: Centre staff, coordinators, management, trainers.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Culture for emails sent to this user; the UI follows the culture cookie.</summary>
    public string PreferredCulture { get; set; } = "sr-Cyrl-RS";
}
