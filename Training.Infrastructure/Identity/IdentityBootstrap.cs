using Microsoft.AspNetCore.Identity;

namespace Training.Infrastructure.Identity;

/// <summary>
/// Creates the roles, and the first administrator of a real installation from configuration
/// (<c>Bootstrap:AdminEmail</c>, <c>Bootstrap:AdminPassword</c>, e.g. environment variables),
/// only while no administrator exists. No password lives in the code.
/// </summary>
public sealed class IdentityBootstrap(RoleManager<IdentityRole> roles, UserManager<AppUser> users)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }

    /// <summary>Returns the errors of a refused password or address; empty when done or not needed.</summary>
    public async Task<IReadOnlyList<string>> EnsureAdministratorAsync(string? email, string? password)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
            return [];
        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
            return [];
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
                return created.Errors.Select(e => e.Description).ToList();
        }
        await users.AddToRoleAsync(user, Roles.Administrator);
        return [];
    }
}
