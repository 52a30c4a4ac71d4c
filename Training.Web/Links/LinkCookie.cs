using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Training.Web.Links;

/// <summary>
/// The cookie a personal link's token moves into on its first use, so the token leaves the address bar, the history and
/// any Referer. From then on the address carries a handle ("~" and the first 16 characters of the token's hash), and the
/// cookie that handle names holds the token sealed with Data Protection. Each link has its own cookie, so two
/// registrations in one browser never act for each other.
/// </summary>
public sealed class LinkCookie(IDataProtectionProvider protection)
{
    private const string HandlePrefix = "~";

    private const int HandleLength = 16;

    // The purpose seals the cookies already in participants' browsers: another would leave them unreadable.
    private readonly IDataProtector _protector = protection.CreateProtector("ParticipantLink.Cookie");

    /// <summary>Whether an address segment is a handle rather than a token.</summary>
    public static bool IsHandle(string tokenOrHandle) => tokenOrHandle.StartsWith(HandlePrefix, StringComparison.Ordinal);

    /// <summary>Sets the token's cookie and returns what stands for the token in the address from now on: "~" and the handle.</summary>
    public string Write(HttpResponse response, string token, string tokenHash)
    {
        var handle = tokenHash[..HandleLength];
        response.Cookies.Append(NameFor(handle), _protector.Protect(token), new CookieOptions
        {
            // Kept for the browser session only: on a shared computer the page in the history must not open for the next person.
            HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax, Path = "/", IsEssential = true,
        });
        return HandlePrefix + handle;
    }

    /// <summary>The token sealed in the cookie the handle names, with its hash; nothing when they do not belong together.</summary>
    public (string? Token, string? Hash) Read(string handleInAddress, Func<string, string?> cookie)
    {
        var handle = handleInAddress[HandlePrefix.Length..];
        if (handle.Length != HandleLength || !handle.All(char.IsAsciiHexDigitLower) || cookie(NameFor(handle)) is not { } sealedToken)
            return (null, null);
        try
        {
            var candidate = _protector.Unprotect(sealedToken);
            if (!ParticipantLink.IsWellFormed(candidate))
                return (null, null);
            var hash = ParticipantLink.Hash(candidate);
            return hash.StartsWith(handle, StringComparison.Ordinal) ? (candidate, hash) : (null, null);
        }
        catch (CryptographicException)
        {
            return (null, null);
        }
    }

    private static string NameFor(string handle) => "__Host-Training.Link." + handle;
}
