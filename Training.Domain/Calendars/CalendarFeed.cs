using Training.Domain.Common;

namespace Training.Domain.Calendars;

/// <summary>
/// A user's personal calendar address, to subscribe to from Outlook or a phone. Only the hash of its secret token is
/// kept; renewing gives a new token and the old address stops working at once.
/// </summary>
public sealed class CalendarFeed : Entity
{
    private CalendarFeed() { }

    public CalendarFeed(string userId, string tokenHash, DateTime nowUtc)
    {
        UserId = Guard.Required(userId, nameof(UserId), 450);
        Renew(tokenHash, nowUtc);
    }

    public string UserId { get; private set; } = "";

    /// <summary>SHA-256 of the token in the address; the token itself is shown once, when made.</summary>
    public string TokenHash { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public void Renew(string tokenHash, DateTime nowUtc)
    {
        TokenHash = tokenHash;
        CreatedAtUtc = nowUtc;
    }
}
