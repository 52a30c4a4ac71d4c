namespace Training.Infrastructure.Identity;

/// <summary>
/// One signed-in browser, kept on the server: the sign-in cookie names it, and signing out ends it here, so
/// a copied cookie is worthless afterwards. It also holds the start that the absolute session limit counts from.
/// </summary>
public sealed class SignInSession
{
    private SignInSession() { }

    public SignInSession(string userId, DateTime nowUtc)
    {
        Id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        UserId = userId;
        StartedAtUtc = nowUtc;
    }

    public string Id { get; private set; } = "";
    public string UserId { get; private set; } = "";
    public DateTime StartedAtUtc { get; private set; }
    public DateTime? EndedAtUtc { get; private set; }

    public void End(DateTime nowUtc) => EndedAtUtc ??= nowUtc;
}
