using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Training.Web.Links;

/// <summary>
/// A link that names what it opens (ids, a phase) sealed with the app's Data Protection keys and an
/// expiry, so it needs no stored token and cannot be altered. The keys live in the database, so every
/// app instance opens the links any other made.
/// </summary>
public static class SealedLink
{
    public static string Seal(IDataProtectionProvider protection, string purpose, TimeSpan lifetime, params object[] parts) =>
        protection.CreateProtector(purpose).ToTimeLimitedDataProtector().Protect(string.Join(':', parts), lifetime);

    /// <summary>The parts sealed in <paramref name="token"/>, or null when it was altered, made for another purpose or has expired.</summary>
    public static string[]? Open(IDataProtectionProvider protection, string purpose, string token)
    {
        try
        {
            return protection.CreateProtector(purpose).ToTimeLimitedDataProtector().Unprotect(token).Split(':');
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
