using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Sessions;
using Training.Infrastructure.Persistence;

namespace Training.Web.Features.Registrations;

/// <summary>
/// What the participants' link pages show of a session (its days, venue and programme), kept between requests.
/// Reading it is the costliest statement of a link page: SQLite compiles that five-table statement anew for every
/// request (about 0.15 ms on this machine's two cores), and a burst of people registering at once repeats it for each.
/// Every use still asks the database for the session's <see cref="TrainingSession.Version"/>, which every change to
/// the session renews, so such a change shows at once, in every app process; the venue and the programme, which change
/// without the session knowing, are read again after <see cref="MaxAge"/>. The instances are shared between requests
/// and only read: they are untracked, and their seat count is whatever it was when read (link pages never show it).
/// </summary>
public sealed class LinkSessions(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private const int MaxSessions = 1000;

    private readonly ConcurrentDictionary<int, Entry> _sessions = new();

    private sealed record Entry(TrainingSession Session, DateTimeOffset ReadAt);

    // Compiled once per instance (one per app): a compiled query belongs to the first EF model it meets.
    private readonly Func<TrainingDbContext, int, Task<Guid>> _versionById =
        EF.CompileAsyncQuery((TrainingDbContext db, int id) => db.Sessions.Where(s => s.Id == id).Select(s => s.Version).FirstOrDefault());

    private readonly Func<TrainingDbContext, int, Task<TrainingSession?>> _sessionById =
        EF.CompileAsyncQuery((TrainingDbContext db, int id) => RegistrationService.SessionsWithDetails(db).AsNoTracking().FirstOrDefault(s => s.Id == id));

    /// <summary>The session as it is now in the database; null when there is none.</summary>
    public async Task<TrainingSession?> GetAsync(TrainingDbContext db, int id)
    {
        var now = clock.GetUtcNow();
        if (_sessions.TryGetValue(id, out var kept) && now - kept.ReadAt < MaxAge && await _versionById(db, id) == kept.Session.Version)
            return kept.Session;
        var session = await _sessionById(db, id);
        if (session is null)
        {
            _sessions.TryRemove(id, out _);
            return null;
        }
        if (_sessions.Count >= MaxSessions)
            _sessions.Clear();
        _sessions[id] = new Entry(session, now);
        return session;
    }
}
