using System.Security.Cryptography;
using System.Text;
using Training.Domain.Certificates;

namespace Training.Domain.Attendance;

/// <summary>
/// A participant's short check-in code for one session day: an HMAC of the day, keyed by their
/// registration's secret link hash. It is different for every day and every registration, so a code
/// works only for its own session and day, and nothing of it needs storing.
/// </summary>
public static class CheckInCode
{
    public const int Length = 8;

    public static string For(string registrationTokenHash, int sessionDayId)
    {
        var mac = HMACSHA256.HashData(Convert.FromHexString(registrationTokenHash), Encoding.ASCII.GetBytes($"check-in:{sessionDayId}"));
        return new string(mac.Take(Length).Select(b => Certificate.CodeAlphabet[b & 31]).ToArray());
    }

    /// <summary>As printed: two groups of four.</summary>
    public static string Display(string code) => $"{code[..4]}-{code[4..]}";

    /// <summary>What a person typed or a camera read, in the code's own alphabet; null when it cannot be a code.</summary>
    public static string? Normalise(string? typed)
    {
        var compact = new string((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant()
            .Replace('O', '0').Replace('I', '1').Replace('L', '1');
        return compact.Length == Length && compact.All(c => Certificate.CodeAlphabet.Contains(c)) ? compact : null;
    }
}
