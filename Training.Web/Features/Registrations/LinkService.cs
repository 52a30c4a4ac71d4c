using Microsoft.EntityFrameworkCore;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Persistence;
using Training.Web.Links;

namespace Training.Web.Features.Registrations;

/// <summary>
/// Turns a participant's link into what it stands for: a personal link (<c>/r/</c>, the token itself or the handle of
/// its cookie) into the invitation or registration it was issued for, a session's open link (<c>/o/</c>) into the
/// session, an institution's link (<c>/q/</c>) into its seat quota. The token is hashed once per request; an unknown or
/// malformed one resolves to nothing (a plain 404). Nothing here acts: it only finds.
/// </summary>
public sealed class LinkService(TrainingDbContext db, LinkSessions linkSessions, LinkCookie linkCookie)
{
    // The participants' pages are the public, busiest ones: their queries are compiled once (EF.CompileAsyncQuery),
    // which saves building and looking up the expression tree on every request.
    private static readonly Func<TrainingDbContext, string, Task<TrainingSession?>> SessionByOpenLink =
        EF.CompileAsyncQuery((TrainingDbContext db, string hash) => RegistrationService.SessionsWithDetails(db).FirstOrDefault(s => s.OpenLinkHash == hash));

    private static readonly Func<TrainingDbContext, string, Task<Registration?>> RegistrationByLink =
        EF.CompileAsyncQuery((TrainingDbContext db, string hash) => db.Registrations.FirstOrDefault(r => r.TokenHash == hash));

    // An invitation answered already opens nothing: its person's page is their registration's (whose link may since
    // have been renewed, with a seat offer).
    private static readonly Func<TrainingDbContext, string, Task<Invitation?>> InvitationByLink =
        EF.CompileAsyncQuery((TrainingDbContext db, string hash) => db.Invitations.FirstOrDefault(i => i.TokenHash == hash && i.Status == InvitationStatus.Sent));

    /// <summary>
    /// What a personal link opens: the address's token, or the token sealed in the cookie its handle names. Null for
    /// anything unknown, malformed or not matching.
    /// </summary>
    public async Task<ResolvedLink?> ResolvePersonalAsync(string tokenOrHandle, Func<string, string?> cookie)
    {
        var (token, hash) = LinkCookie.IsHandle(tokenOrHandle)
            ? linkCookie.Read(tokenOrHandle, cookie)
            : ParticipantLink.IsWellFormed(tokenOrHandle) ? (tokenOrHandle, ParticipantLink.Hash(tokenOrHandle)) : (null, null);
        if (token is null || hash is null)
            return null;
        await OpenForRequestAsync();
        var registration = await RegistrationByLink(db, hash);
        var invitation = registration is null ? await InvitationByLink(db, hash) : null;
        if (registration is null && invitation is null)
            return null;
        // Only read, and untracked: it costs nothing when their registration is saved.
        var session = await linkSessions.GetAsync(db, registration?.SessionId ?? invitation!.SessionId);
        var participant = registration is null ? null : await db.Participants.FindAsync(registration.ParticipantId);
        return new ResolvedLink(token, hash, new LinkTarget(session!, invitation, registration, participant));
    }

    /// <summary>The session's open link; null when unknown, malformed or switched off.</summary>
    public async Task<TrainingSession?> ResolveOpenLinkAsync(string token)
    {
        if (!ParticipantLink.IsWellFormed(token))
            return null;
        await OpenForRequestAsync();
        return await SessionByOpenLink(db, ParticipantLink.Hash(token));
    }

    /// <summary>An institution's seat quota by its focal person's link; null when unknown or malformed.</summary>
    public async Task<SeatQuota?> ResolveQuotaAsync(string token)
    {
        if (!ParticipantLink.IsWellFormed(token))
            return null;
        var hash = ParticipantLink.Hash(token);
        return await db.SeatQuotas.FirstOrDefaultAsync(q => q.TokenHash == hash);
    }

    /// <summary>
    /// A participant's request runs one query after another (the link, the session, the person); the connection stays
    /// open for all of them until the request ends, instead of being opened and closed around each, which on SQLite also
    /// registers and removes EF's SQL functions every time.
    /// </summary>
    private Task OpenForRequestAsync() => db.Database.OpenConnectionAsync();
}

/// <summary>A personal link found: its token (for the emails it may send), the token's hash and what it opens.</summary>
public sealed record ResolvedLink(string Token, string Hash, LinkTarget Target);
