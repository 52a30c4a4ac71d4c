using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Training.Infrastructure.Identity;
using Training.Tests.Support;

namespace Training.Tests.Infrastructure;

public sealed class IdentityBootstrapTests
{
    [Fact]
    public async Task First_administrator_comes_from_configuration_and_can_sign_in()
    {
        using var app = new TrainingAppFactory(new Dictionary<string, string?>
        {
            ["Seed:DemoData"] = "false",
            ["Bootstrap:AdminEmail"] = "direktor@centar.rs",
            ["Bootstrap:AdminPassword"] = "a long passphrase of words",
        });
        using var web = new WebSession(app);
        var signedIn = await web.SignInAsync("direktor@centar.rs", "a long passphrase of words");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("href=\"/sent-mail\"", await web.GetPageAsync("/"));
        await app.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<AppUser>>();
            Assert.Single(await users.GetUsersInRoleAsync(Roles.Administrator));
            Assert.Null(await users.FindByEmailAsync("admin@demo.local"));
        });
    }

    [Fact]
    public async Task Short_password_is_refused_and_no_administrator_is_made()
    {
        using var app = new TrainingAppFactory(new Dictionary<string, string?>
        {
            ["Seed:DemoData"] = "false",
            ["Bootstrap:AdminEmail"] = "direktor@centar.rs",
            ["Bootstrap:AdminPassword"] = "short",
        });
        app.CreateClient();
        await app.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<AppUser>>();
            Assert.Empty(await users.GetUsersInRoleAsync(Roles.Administrator));
        });
    }
}
