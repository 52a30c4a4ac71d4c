using System.Net;
using System.Text.RegularExpressions;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>Authentication events in the audit log, and the audit page filtering by them.</summary>
public sealed partial class SignInAuditTests
{
    private static List<(string Action, string Actor, string? Id, string? Detail)> Log(TrainingAppFactory app) =>
        app.Scoped(db => db.AuditLog.Where(a => a.Action.StartsWith("Account.")).OrderBy(a => a.Id).Select(a => new { a.Action, a.Actor, a.SubjectId, a.Detail }).ToList())
            .Select(a => (a.Action, a.Actor, a.SubjectId, a.Detail)).ToList();

    private static string UserId(TrainingAppFactory app, string email) => app.Scoped(db => db.Users.Single(u => u.Email == email).Id);

    [Fact]
    public async Task Sign_in_lockout_password_two_step_and_access_denied_are_recorded_and_filtered()
    {
        using var app = new TrainingAppFactory();
        var staff = UserId(app, "staff@demo.local");
        var trainer = UserId(app, "trainer@demo.local");

        using (var web = new WebSession(app))
            await web.SignInAsync("nobody@demo.local", "some-password-here");
        using (var web = new WebSession(app))
            for (var i = 0; i < 5; i++)
                await web.SignInAsync("trainer@demo.local", "wrong-password-" + i);
        using (var web = new WebSession(app))
        {
            await web.SignInAsRoleAsync("Staff");
            Assert.Equal(HttpStatusCode.Redirect, (await web.Client.GetAsync("/audit")).StatusCode);
            var key = WebUtility.HtmlDecode(KeyPattern().Match(await web.GetPageAsync("/account/security")).Groups[1].Value);
            await web.PostFormAsync("/account/security", "/account/security/authenticator", new Dictionary<string, string> { ["code"] = Totp.Code(key, app.Clock.GetUtcNow()) });
            await web.PostFormAsync("/account/security", "/account/security/recovery-codes", new Dictionary<string, string> { ["confirmation"] = WebSession.DemoPassword });
            await web.PostFormAsync("/account/security", "/account/security/authenticator/off", new Dictionary<string, string> { ["confirmation"] = WebSession.DemoPassword });
            const string password = "зимска река носи плаве чамце";
            await web.PostFormAsync("/account/security", "/account/security/password", new Dictionary<string, string>
            {
                ["CurrentPassword"] = WebSession.DemoPassword, ["NewPassword"] = password, ["ConfirmPassword"] = password,
            });
        }

        var log = Log(app);
        Assert.Contains(("Account.SignInFailed", "?", (string?)null, (string?)"reason=unknown"), log);
        Assert.Equal(4, log.Count(e => e == ("Account.SignInFailed", "trainer@demo.local", trainer, "reason=password")));
        Assert.Contains(("Account.LockedOut", "trainer@demo.local", trainer, (string?)"reason=password"), log);
        Assert.Contains(("Account.SignedIn", "staff@demo.local", staff, (string?)"step=password"), log);
        Assert.Contains(("Account.AccessDenied", "staff@demo.local", staff, (string?)"path=/audit"), log);
        foreach (var action in new[] { "Account.TwoFactorOn", "Account.RecoveryCodesRenewed", "Account.TwoFactorOff", "Account.PasswordChanged" })
            Assert.Contains((action, "staff@demo.local", staff, (string?)null), log);
        // The typed address of an account that does not exist is not kept.
        Assert.DoesNotContain(log, e => (e.Actor + e.Detail).Contains("nobody", StringComparison.Ordinal));

        using var admin = new WebSession(app);
        await admin.SignInAsRoleAsync("Administrator");
        var page = await admin.GetPageAsync("/audit?action=Account.LockedOut");
        var table = page[page.IndexOf("data-testid=\"audit-log\"", StringComparison.Ordinal)..];
        Assert.Contains("Налог закључан", table);
        Assert.Contains("погрешна лозинка", table);
        Assert.DoesNotContain("Неуспешна пријава", table);
        Assert.DoesNotContain("Пријава на систем", table);
        var failures = await admin.GetPageAsync("/audit?action=Account.SignInFailed");
        Assert.Contains("<option value=\"Account.SignInFailed\" selected=\"selected\">Неуспешна пријава</option>", failures);
        Assert.Contains("непозната адреса", failures[failures.IndexOf("data-testid=\"audit-log\"", StringComparison.Ordinal)..]);
    }

    [GeneratedRegex("data-testid=\"authenticator-key\">([^<]+)<")]
    private static partial Regex KeyPattern();
}
