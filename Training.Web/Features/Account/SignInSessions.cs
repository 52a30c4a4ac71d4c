using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Persistence;

namespace Training.Web.Features.Account;

/// <summary>
/// Server-side sign-in sessions. The cookie carries the session's id; a request is let in only while that
/// session is open and younger than the absolute limit, so signing out (or the limit) ends it for any copy of
/// the cookie. A live session is remembered for a minute per app instance, so most requests cost no query;
/// signing out forgets it at once here (another instance notices within that minute).
/// </summary>
public sealed class SignInSessions(TrainingDbContext db, IMemoryCache cache, TimeProvider clock, IOptions<SessionOptions> options)
{
    public const string Claim = "training:session";
    private static readonly TimeSpan Remember = TimeSpan.FromMinutes(1);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<string> StartAsync(string userId)
    {
        var session = new SignInSession(userId, Now);
        db.SignInSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>Whether the principal's session is still open and within the absolute limit.</summary>
    public async Task<bool> IsLiveAsync(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(Claim);
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null || userId is null)
            return false;
        if (!cache.TryGetValue(Key(id), out DateTime started))
        {
            var session = await db.SignInSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.UserId == userId && s.EndedAtUtc == null);
            if (session is null)
                return false;
            started = session.StartedAtUtc;
            cache.Set(Key(id), started, Remember);
        }
        if (Now - started < TimeSpan.FromHours(options.Value.AbsoluteHours))
            return true;
        await EndAsync(id);
        return false;
    }

    public async Task EndAsync(string? id)
    {
        if (id is null)
            return;
        cache.Remove(Key(id));
        var session = await db.SignInSessions.FirstOrDefaultAsync(s => s.Id == id);
        session?.End(Now);
        await db.SaveChangesAsync();
    }

    /// <summary>Ends every open session of the user but <paramref name="keepId"/> (after a password change, say).</summary>
    public async Task EndOthersAsync(string userId, string? keepId)
    {
        var others = await db.SignInSessions.Where(s => s.UserId == userId && s.EndedAtUtc == null && s.Id != keepId).ToListAsync();
        foreach (var session in others)
        {
            cache.Remove(Key(session.Id));
            session.End(Now);
        }
        await db.SaveChangesAsync();
    }

    private static string Key(string id) => "sign-in-session:" + id;
}

/// <summary>How long a signed-in session lasts (section "Sessions"): idle minutes (sliding) and absolute hours.</summary>
public sealed class SessionOptions
{
    public const string Section = "Sessions";

    public int IdleMinutes { get; set; } = 30;

    public int AbsoluteHours { get; set; } = 8;
}
