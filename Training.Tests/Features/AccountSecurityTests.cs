using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Training.Infrastructure.Identity;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>
/// Passwords (hash, length, common ones and one's own name refused), answers that do not tell which accounts exist,
/// and two-factor sign-in: required for the roles that read personal data, each code good once, weakened only with the password.
/// </summary>
public sealed partial class AccountSecurityTests : IClassFixture<AccountSecurityTests.RequiringTwoFactor>
{
    /// <summary>An app as installed: administrators, coordinators and management must use two-factor sign-in.</summary>
    public sealed class RequiringTwoFactor() : TrainingAppFactory(new Dictionary<string, string?> { ["Security:TwoFactorRoles"] = "Administrator,Coordinator,Management" });

    private readonly TrainingAppFactory _app;

    public AccountSecurityTests(RequiringTwoFactor app) => _app = app;

    /// <summary>The next authenticator code: the app's clock moves on one 30-second step, as the phone's would.</summary>
    private string NextCode(string key)
    {
        _app.Clock.Offset += TimeSpan.FromSeconds(30);
        return Totp.Code(key, _app.Clock.GetUtcNow());
    }

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
        await web.SignInAsync("staff@demo.local");
        var response = await web.PostFormAsync("/account/security", "/account/security/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = WebSession.DemoPassword, ["NewPassword"] = passphrase, ["ConfirmPassword"] = passphrase,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Still signed in after the change; the new password signs in, the old one no longer does.
        Assert.Equal(HttpStatusCode.OK, (await web.Client.GetAsync("/me")).StatusCode);
        using var again = new WebSession(_app);
        Assert.Equal(HttpStatusCode.OK, (await again.SignInAsync("staff@demo.local")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync("staff@demo.local", passphrase)).StatusCode);
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
        var enabled = await web.PostFormAsync("/account/security", "/account/security/authenticator", new Dictionary<string, string> { ["code"] = NextCode(key) });
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
        var good = await next.PostFormAsync("/account/login/code", "/account/login/code", new Dictionary<string, string> { ["Code"] = NextCode(key) });
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

    [Theory]
    [InlineData("Coordinator", "/sessions")]
    [InlineData("Management", "/dashboard")]
    public async Task Roles_that_read_personal_data_must_set_up_two_step_sign_in(string role, string url)
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync(role);
        var held = await web.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        Assert.Equal("/account/security", held.Headers.Location!.OriginalString);
        Assert.Contains("data-testid=\"two-factor-due\"", await web.GetPageAsync("/account/security"));
    }

    [Theory]
    [InlineData("Trainer", "/sessions")]
    [InlineData("Staff", "/me")]
    public async Task Trainers_and_staff_may_sign_in_with_the_password_alone(string role, string url)
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync(role);
        Assert.Equal(HttpStatusCode.OK, (await web.Client.GetAsync(url)).StatusCode);
        Assert.DoesNotContain("data-testid=\"two-factor-due\"", await web.GetPageAsync("/account/security"));
    }

    [Fact]
    public async Task The_roles_that_need_two_step_sign_in_are_configurable()
    {
        using var app = new TrainingAppFactory(new Dictionary<string, string?> { ["Security:TwoFactorRoles"] = "Administrator, Trainer" });
        using var coordinator = new WebSession(app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Client.GetAsync("/sessions")).StatusCode);
        using var trainer = new WebSession(app);
        await trainer.SignInAsRoleAsync("Trainer");
        Assert.Equal("/account/security", (await trainer.Client.GetAsync("/sessions")).Headers.Location?.OriginalString);
    }

    /// <summary>A user of its own for a test that changes the account, so the tests of this class do not meet in one account.</summary>
    private async Task<string> NewUserAsync(string role)
    {
        var email = $"u{Guid.NewGuid():N}@primer.rs";
        await _app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Петар Петровић" };
            Assert.True((await users.CreateAsync(user, WebSession.DemoPassword)).Succeeded);
            await users.AddToRoleAsync(user, role);
        });
        return email;
    }

    /// <summary>Turns two-step sign-in on for <paramref name="web"/>'s user; returns the key.</summary>
    private async Task<string> TurnOnTwoStepAsync(WebSession web)
    {
        var key = WebUtility.HtmlDecode(KeyPattern().Match(await web.GetPageAsync("/account/security")).Groups[1].Value);
        var enabled = await web.PostFormAsync("/account/security", "/account/security/authenticator", new Dictionary<string, string> { ["code"] = NextCode(key) });
        Assert.Contains("data-testid=\"recovery-codes\"", await enabled.Content.ReadAsStringAsync());
        return key;
    }

    private async Task<string> CodeAsync(string email, string code)
    {
        using var web = new WebSession(_app);
        Assert.Equal("/account/login/code", (await web.SignInAsync(email)).Headers.Location?.OriginalString);
        var response = await web.PostFormAsync("/account/login/code", "/account/login/code", new Dictionary<string, string> { ["Code"] = code });
        return response.StatusCode == HttpStatusCode.Redirect ? "signed in" : await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task An_authenticator_code_completes_one_sign_in_only()
    {
        var email = await NewUserAsync(Roles.Coordinator);
        using var web = new WebSession(_app);
        Assert.Equal(HttpStatusCode.Redirect, (await web.SignInAsync(email)).StatusCode);
        var key = await TurnOnTwoStepAsync(web);
        var code = NextCode(key);
        Assert.Equal("signed in", await CodeAsync(email, code));
        // The same code again, within its 30 seconds, from another browser: refused.
        Assert.Contains("Код није исправан", await CodeAsync(email, code));
        // The code the app shows before it (still within the allowed clock drift) is older than the one used: refused too.
        Assert.Contains("Код није исправан", await CodeAsync(email, Totp.Code(key, _app.Clock.GetUtcNow().AddSeconds(-30))));
        Assert.Equal("signed in", await CodeAsync(email, NextCode(key)));
    }

    private string RecoveryCodesStored(string email) =>
        _app.Scoped(db => db.UserTokens.Single(t => t.Name == "RecoveryCodes" && t.UserId == db.Users.Single(u => u.Email == email).Id).Value!);

    [Fact]
    public async Task New_recovery_codes_and_turning_two_step_off_need_the_password_or_a_code_again()
    {
        var email = await NewUserAsync(Roles.Trainer);
        using var web = new WebSession(_app);
        Assert.Equal(HttpStatusCode.Redirect, (await web.SignInAsync(email)).StatusCode);
        var key = await TurnOnTwoStepAsync(web);
        var codes = RecoveryCodesStored(email);

        foreach (var confirmation in new[] { "", "not-the-password-at-all", "123456" })
        {
            var refused = await web.PostFormAsync("/account/security", "/account/security/recovery-codes", new Dictionary<string, string> { ["confirmation"] = confirmation });
            var page = await refused.Content.ReadAsStringAsync();
            Assert.Contains("Лозинка или код није исправан.", page);
            Assert.DoesNotContain("data-testid=\"recovery-codes\"", page);
            Assert.Equal(codes, RecoveryCodesStored(email));
            await web.PostFormAsync("/account/security", "/account/security/authenticator/off", new Dictionary<string, string> { ["confirmation"] = confirmation });
            Assert.True(_app.Scoped(db => db.Users.Single(u => u.Email == email).TwoFactorEnabled));
        }

        var renewed = await web.PostFormAsync("/account/security", "/account/security/recovery-codes", new Dictionary<string, string> { ["confirmation"] = WebSession.DemoPassword });
        Assert.Contains("data-testid=\"recovery-codes\"", await renewed.Content.ReadAsStringAsync());
        Assert.NotEqual(codes, RecoveryCodesStored(email));
        var off = await web.PostFormAsync("/account/security", "/account/security/authenticator/off", new Dictionary<string, string> { ["confirmation"] = NextCode(key) });
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(_app.Scoped(db => db.Users.Single(u => u.Email == email).TwoFactorEnabled));
    }

    [Theory]
    [InlineData("Јовановић Милан 1990")]
    [InlineData("jovanović milan 1990")]
    [InlineData("jovanovic milan 1990")]
    public async Task The_password_check_refuses_the_own_name_in_either_script_and_without_diacritics(string password)
    {
        await _app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "milan@primer.rs", Email = "milan@primer.rs", DisplayName = "Милан Јовановић" };
            var results = new List<IdentityResult>();
            foreach (var validator in users.PasswordValidators)
                results.Add(await validator.ValidateAsync(users, user, password));
            Assert.Contains(results, r => r.Errors.Any(e => e.Code == "PasswordTooCommon"));
            // The same password is fine for someone else.
            var other = new AppUser { UserName = "ana@primer.rs", Email = "ana@primer.rs", DisplayName = "Ана Стојановић" };
            foreach (var validator in users.PasswordValidators)
                Assert.True((await validator.ValidateAsync(users, other, password)).Succeeded, password);
        });
    }

    /// <summary>Times the sign-in post alone (the page with its form is read first).</summary>
    private static async Task<(string Alert, TimeSpan Took)> TimedSignInAsync(TrainingAppFactory app, string email, string password)
    {
        using var web = new WebSession(app);
        var token = WebSession.AntiforgeryToken(await web.GetPageAsync("/account/login"));
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token });
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var response = await web.Client.PostAsync("/account/login", form);
        var took = watch.Elapsed;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (AlertPattern().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value, took);
    }

    [Fact]
    public async Task An_unknown_address_a_wrong_password_and_a_locked_account_get_the_same_answer_in_about_the_same_time()
    {
        using var app = new TrainingAppFactory();
        for (var i = 0; i < 5; i++)
            await TimedSignInAsync(app, "staff2@demo.local", "wrong-password-" + i);
        var unknown = new List<(string Alert, TimeSpan Took)>();
        var wrong = new List<(string Alert, TimeSpan Took)>();
        var locked = new List<(string Alert, TimeSpan Took)>();
        // Interleaved, so a busy moment of the machine falls on all three alike.
        for (var i = 0; i < 3; i++)
        {
            unknown.Add(await TimedSignInAsync(app, $"nobody{i}@demo.local", "wrong-password-" + i));
            wrong.Add(await TimedSignInAsync(app, "trainer@demo.local", "wrong-password-" + i));
            locked.Add(await TimedSignInAsync(app, "staff2@demo.local", WebSession.DemoPassword));
        }
        var alerts = unknown.Concat(wrong).Concat(locked).Select(a => a.Alert).Distinct().ToList();
        Assert.Single(alerts);
        Assert.Contains("Погрешна адреса е-поште или лозинка.", alerts[0]);
        static double Median(List<(string, TimeSpan Took)> runs) => runs.Select(r => r.Took.TotalMilliseconds).Order().ElementAt(runs.Count / 2);
        // A password check (Argon2id, 19 MiB) takes tens of milliseconds; answering without one takes a few.
        Assert.True(Median(unknown) > Median(wrong) / 2, $"unknown {Median(unknown):F0} ms, wrong password {Median(wrong):F0} ms");
        Assert.True(Median(locked) > Median(wrong) / 2, $"locked {Median(locked):F0} ms, wrong password {Median(wrong):F0} ms");
    }

    [GeneratedRegex("<div class=\"alert alert-danger[^\"]*\"[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex AlertPattern();

    [GeneratedRegex("data-testid=\"authenticator-key\">([^<]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li class=\"col-6\">([^<]+)</li>")]
    private static partial Regex RecoveryPattern();
}
