using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Training.Infrastructure.Identity;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>Passwords (hash, length, common ones refused) and two-factor sign-in, required for administrators.</summary>
public sealed partial class AccountSecurityTests : IClassFixture<AccountSecurityTests.RequiringTwoFactor>
{
    /// <summary>An app as installed: administrators must use two-factor sign-in.</summary>
    public sealed class RequiringTwoFactor() : TrainingAppFactory(new Dictionary<string, string?> { ["Security:RequireTwoFactorForAdministrators"] = "true" });

    private readonly TrainingAppFactory _app;

    public AccountSecurityTests(RequiringTwoFactor app) => _app = app;

    private Task<string> HashOfAsync(string email) => Task.FromResult(_app.Scoped(db => db.Users.Single(u => u.Email == email).PasswordHash!));

    [Fact]
    public async Task Passwords_are_hashed_with_Argon2id_and_an_older_hash_is_replaced_at_sign_in()
    {
        Assert.StartsWith("$argon2id$v=19$m=19456,t=2,p=1$", await HashOfAsync("trainer@demo.local"));
        await _app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync("trainer@demo.local"))!;
            user.PasswordHash = new PasswordHasher<AppUser>().HashPassword(user, WebSession.DemoPassword);
            await users.UpdateAsync(user);
        });
        Assert.StartsWith("AQAAAA", await HashOfAsync("trainer@demo.local"));
        using var web = new WebSession(_app);
        Assert.Equal(HttpStatusCode.Redirect, (await web.SignInAsync("trainer@demo.local")).StatusCode);
        Assert.StartsWith("$argon2id$", await HashOfAsync("trainer@demo.local"));
    }

    [Theory]
    [InlineData("password1234", "Ова лозинка је превише честа или лака за погађање.")]
    [InlineData("qwertyuiop123", "Ова лозинка је превише честа или лака за погађање.")]
    [InlineData("123456789012", "Ова лозинка је превише честа или лака за погађање.")]
    [InlineData("staffstaff12", "Ова лозинка је превише честа или лака за погађање.")]
    [InlineData("kratka-1", "Лозинка мора имати најмање 12 знакова.")]
    public async Task A_short_or_common_password_is_refused_with_the_reason(string password, string message)
    {
        using var web = new WebSession(_app);
        await web.SignInAsync("staff2@demo.local");
        var before = await HashOfAsync("staff2@demo.local");
        var response = await web.PostFormAsync("/account/security", "/account/security/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = WebSession.DemoPassword, ["NewPassword"] = password, ["ConfirmPassword"] = password,
        });
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, await HashOfAsync("staff2@demo.local"));
    }

    [Fact]
    public async Task A_long_unusual_password_is_taken_without_composition_rules()
    {
        const string passphrase = "зимска река носи плаве чамце";
        using var web = new WebSession(_app);
        await web.SignInAsync("management@demo.local");
        var response = await web.PostFormAsync("/account/security", "/account/security/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = WebSession.DemoPassword, ["NewPassword"] = passphrase, ["ConfirmPassword"] = passphrase,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Still signed in after the change; the new password signs in, the old one no longer does.
        Assert.Equal(HttpStatusCode.OK, (await web.Client.GetAsync("/dashboard")).StatusCode);
        using var again = new WebSession(_app);
        Assert.Equal(HttpStatusCode.OK, (await again.SignInAsync("management@demo.local")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync("management@demo.local", passphrase)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_must_set_up_an_authenticator_and_then_signs_in_with_its_code()
    {
        using var web = new WebSession(_app);
        Assert.Equal(HttpStatusCode.Redirect, (await web.SignInAsync("admin@demo.local")).StatusCode);
        // Signed in only as far as the set-up page.
        foreach (var url in new[] { "/sent-mail", "/hangfire", "/audit" })
        {
            var held = await web.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
            Assert.Equal("/account/security", held.Headers.Location!.OriginalString);
        }
        var setup = await web.GetPageAsync("/account/security");
        Assert.Contains("data-testid=\"two-factor-due\"", setup);
        var key = WebUtility.HtmlDecode(KeyPattern().Match(setup).Groups[1].Value);

        var wrong = await web.PostFormAsync("/account/security", "/account/security/authenticator", new Dictionary<string, string> { ["code"] = "000000" });
        Assert.Contains("Код није исправан", await wrong.Content.ReadAsStringAsync());
        var enabled = await web.PostFormAsync("/account/security", "/account/security/authenticator", new Dictionary<string, string> { ["code"] = Totp.Code(key) });
        var page = await enabled.Content.ReadAsStringAsync();
        var recovery = RecoveryPattern().Matches(page[page.IndexOf("data-testid=\"recovery-codes\"", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, recovery.Count);
        Assert.Equal(HttpStatusCode.OK, (await web.Client.GetAsync("/sent-mail")).StatusCode);
        // Administrators cannot turn it off again.
        await web.PostFormAsync("/account/security", "/account/security/authenticator/off", new Dictionary<string, string>());
        Assert.True(_app.Scoped(db => db.Users.Single(u => u.Email == "admin@demo.local").TwoFactorEnabled));

        using var next = new WebSession(_app);
        var password = await next.SignInAsync("admin@demo.local");
        Assert.Equal("/account/login/code", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await next.Client.GetAsync("/sent-mail")).StatusCode);
        var bad = await next.PostFormAsync("/account/login/code", "/account/login/code", new Dictionary<string, string> { ["Code"] = "123456" });
        Assert.Contains("Код није исправан", await bad.Content.ReadAsStringAsync());
        var good = await next.PostFormAsync("/account/login/code", "/account/login/code", new Dictionary<string, string> { ["Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.Client.GetAsync("/sent-mail")).StatusCode);

        // A recovery code works once.
        foreach (var expected in new[] { HttpStatusCode.Redirect, HttpStatusCode.OK })
        {
            using var withRecovery = new WebSession(_app);
            await withRecovery.SignInAsync("admin@demo.local");
            var result = await withRecovery.PostFormAsync("/account/login/code", "/account/login/code", new Dictionary<string, string> { ["Code"] = recovery[0] });
            Assert.True(expected == result.StatusCode, $"{result.StatusCode} {result.Headers.Location}");
        }
    }

    [Fact]
    public async Task Other_roles_may_sign_in_with_the_password_alone()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        Assert.Equal(HttpStatusCode.OK, (await web.Client.GetAsync("/sessions")).StatusCode);
        Assert.DoesNotContain("data-testid=\"two-factor-due\"", await web.GetPageAsync("/account/security"));
    }

    [GeneratedRegex("data-testid=\"authenticator-key\">([^<]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li class=\"col-6\">([^<]+)</li>")]
    private static partial Regex RecoveryPattern();
}
