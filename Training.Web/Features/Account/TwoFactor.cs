using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Training.Infrastructure.Identity;

namespace Training.Web.Features.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, RFC 6238): available to everyone, required for
/// administrators unless <c>Security:RequireTwoFactorForAdministrators</c> is off. An administrator without
/// it is signed in only as far as the page that sets it up.
/// </summary>
public static class TwoFactor
{
    public const string SetupClaim = "training:two-factor-setup";

    /// <summary>Where an administrator who still has to set up two-factor sign-in may go.</summary>
    private static readonly string[] SetupPaths = ["/account/security", "/account/logout", "/account/access-denied", "/culture", "/css", "/js", "/lib", "/favicon.ico", "/error"];

    public static bool Required(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetValue("Security:RequireTwoFactorForAdministrators", true);

    /// <summary>True when <paramref name="principal"/> is an administrator who must still turn two-factor sign-in on.</summary>
    public static async Task<bool> SetupDueAsync(IServiceProvider services, ClaimsPrincipal principal)
    {
        if (!principal.IsInRole(Roles.Administrator) || !Required(services))
            return false;
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = await users.GetUserAsync(principal);
        return user is not null && !user.TwoFactorEnabled;
    }

    public static WebApplication UseTwoFactorSetup(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.User.HasClaim(c => c.Type == SetupClaim) && !SetupPaths.Any(p => context.Request.Path.StartsWithSegments(p)))
            {
                context.Response.Redirect("/account/security");
                return;
            }
            await next(context);
        });
        return app;
    }

    /// <summary>The key as people type it: groups of four.</summary>
    public static string Readable(string key) => string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();

    public static string Uri(string issuer, string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6";
}
