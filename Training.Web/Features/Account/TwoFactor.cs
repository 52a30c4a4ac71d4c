using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Training.Infrastructure.Identity;

namespace Training.Web.Features.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, RFC 6238): available to everyone, required for the roles
/// that read personal data or supervision notes (<c>Security:TwoFactorRoles</c>, by default Administrator,
/// Coordinator and Management; <c>none</c> requires it of nobody). Someone in such a role without it is signed in
/// only as far as the page that sets it up.
/// </summary>
public static class TwoFactor
{
    public const string SetupClaim = "training:two-factor-setup";

    public const string RolesSetting = "Security:TwoFactorRoles";

    private static readonly string[] DefaultRoles = [Roles.Administrator, Roles.Coordinator, Roles.Management];

    /// <summary>Where someone who still has to set up two-factor sign-in may go.</summary>
    private static readonly string[] SetupPaths = ["/account/security", "/account/logout", "/account/access-denied", "/culture", "/css", "/js", "/lib", "/favicon.ico", "/error"];

    /// <summary>The roles that must sign in in two steps.</summary>
    public static IReadOnlyList<string> RequiredRoles(IConfiguration configuration) =>
        configuration[RolesSetting] is { } setting
            ? setting.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(Roles.All.Contains).ToList()
            : DefaultRoles;

    /// <summary>Whether <paramref name="principal"/> holds a role that must sign in in two steps.</summary>
    public static bool Required(IServiceProvider services, ClaimsPrincipal principal) =>
        RequiredRoles(services.GetRequiredService<IConfiguration>()).Any(principal.IsInRole);

    /// <summary>True when <paramref name="principal"/> must still turn two-factor sign-in on.</summary>
    public static async Task<bool> SetupDueAsync(IServiceProvider services, ClaimsPrincipal principal)
    {
        if (!Required(services, principal))
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
