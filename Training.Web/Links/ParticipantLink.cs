using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Training.Web.Links;

/// <summary>
/// The tokens of personal links (registration <c>/r/</c>, open <c>/o/</c> and quota <c>/q/</c> links, certificate
/// downloads, calendar feeds): 256 random bits in base64url. Only the SHA-256 of a token is stored, as lower-case hex,
/// so a copy of the database opens no one's registration.
/// </summary>
public static class ParticipantLink
{
    public static (string Token, string Hash) New()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>43 base64url characters; anything else is not worth a database look-up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The stored hash matches the presented token, compared in constant time.</summary>
    public static bool Matches(string token, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(storedHash));
}
