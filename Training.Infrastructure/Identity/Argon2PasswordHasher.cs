using System.Security.Cryptography;
using System.Text;
using Konscious.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Training.Infrastructure.Identity;

/// <summary>
/// Passwords hashed with Argon2id (19 MiB, 2 passes, 1 lane: OWASP's minimum), stronger than Identity's
/// PBKDF2 default against guessing on graphics cards. A hash in the older format still verifies and is
/// replaced with an Argon2id one at that sign-in.
/// </summary>
public sealed class Argon2PasswordHasher : IPasswordHasher<AppUser>
{
    private const string Prefix = "$argon2id$v=19$";
    private const int MemoryKib = 19 * 1024;
    private const int Passes = 2;
    private const int Lanes = 1;
    private readonly PasswordHasher<AppUser> _older = new();

    /// <summary>
    /// A hash of a random password nobody knows, made once: checking a password against it costs what a real check
    /// costs, for a sign-in whose account does not exist or is locked.
    /// </summary>
    public static string Unmatchable => UnmatchableHash.Value;

    private static readonly Lazy<string> UnmatchableHash = new(() => new Argon2PasswordHasher().HashPassword(new AppUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    public string HashPassword(AppUser user, string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Derive(password, salt, MemoryKib, Passes, Lanes);
        return $"{Prefix}m={MemoryKib},t={Passes},p={Lanes}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        if (!hashedPassword.StartsWith(Prefix, StringComparison.Ordinal))
            return _older.VerifyHashedPassword(user, hashedPassword, providedPassword) == PasswordVerificationResult.Failed
                ? PasswordVerificationResult.Failed
                : PasswordVerificationResult.SuccessRehashNeeded;
        var parts = hashedPassword[Prefix.Length..].Split('$');
        if (parts.Length != 3)
            return PasswordVerificationResult.Failed;
        var settings = parts[0].Split(',').Select(p => p.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        var salt = Convert.FromBase64String(parts[1]);
        var expected = Convert.FromBase64String(parts[2]);
        var actual = Derive(providedPassword, salt, settings["m"], settings["t"], settings["p"]);
        if (!CryptographicOperations.FixedTimeEquals(actual, expected))
            return PasswordVerificationResult.Failed;
        return settings["m"] == MemoryKib && settings["t"] == Passes && settings["p"] == Lanes
            ? PasswordVerificationResult.Success
            : PasswordVerificationResult.SuccessRehashNeeded;
    }

    private static byte[] Derive(string password, byte[] salt, int memoryKib, int passes, int lanes)
    {
        using var argon = new Argon2id(Encoding.UTF8.GetBytes(password)) { Salt = salt, MemorySize = memoryKib, Iterations = passes, DegreeOfParallelism = lanes };
        return argon.GetBytes(32);
    }
}
