using Microsoft.AspNetCore.Identity;
using Training.Infrastructure.Identity;

namespace Training.Infrastructure.Seeding;

/// <summary>Development only: one demo user per role, from <c>seed/demo/users.json</c>.</summary>
public sealed class DemoUserSeeder(UserManager<AppUser> users, SeedFiles files)
{
    public const string UsersFile = "demo/users.json";

    public async Task SeedAsync()
    {
        var seed = files.Read<DemoUsersSeed>(UsersFile);
        foreach (var demo in seed.Users)
        {
            if (!Roles.All.Contains(demo.Role))
                throw new SeedException(UsersFile, $"unknown role '{demo.Role}'");
            if (await users.FindByEmailAsync(demo.Email) is not null)
                continue;
            var user = new AppUser { UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName };
            var created = await users.CreateAsync(user, seed.Password);
            if (!created.Succeeded)
                throw new SeedException(UsersFile, string.Join("; ", created.Errors.Select(e => e.Code)));
            await users.AddToRoleAsync(user, demo.Role);
        }
    }
}
