using Microsoft.EntityFrameworkCore;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Persistence;
using Training.Web.Links;

namespace Training.Web.Features.Registrations;

/// <summary>
/// The only code that changes a session's seat count. Seats are taken with a conditional UPDATE in the same transaction
/// as the registration row, so a session never holds more people than its capacity, however many register at once;
/// a freed seat goes to the first person waiting.
/// </summary>
public sealed class SeatService(TrainingDbContext db, RegistrationEmails emails, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Takes one seat if one is free: a single conditional UPDATE, atomic in the database. Written as SQL (the same on
    /// both providers): it runs with the write turn held, where translating an ExecuteUpdate on every call cost about
    /// a tenth of the time that everyone registering at the same moment waits for.
    /// </summary>
    internal static async Task<bool> TakeAsync(TrainingDbContext db, int sessionId) =>
        await db.Database.ExecuteSqlAsync($"UPDATE Sessions SET SeatsTaken = SeatsTaken + 1 WHERE Id = {sessionId} AND SeatsTaken < Capacity") == 1;

    public Task<bool> TakeAsync(int sessionId) => TakeAsync(db, sessionId);

    /// <summary>The coordinator confirms someone above capacity (with a recorded reason): the count goes past it.</summary>
    public Task TakeBeyondCapacityAsync(int sessionId) =>
        db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.SeatsTaken, s => s.SeatsTaken + 1));

    public Task ReleaseAsync(int sessionId) =>
        db.Sessions.Where(s => s.Id == sessionId && s.SeatsTaken > 0)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.SeatsTaken, s => s.SeatsTaken - 1));

    /// <summary>
    /// While seats are free and people wait, the first in line is offered a seat. The offer email carries a new personal
    /// link (only hashes are stored, so the old one cannot be sent again; the new one replaces it) and the deadline.
    /// </summary>
    public async Task OfferFreedSeatsAsync(TrainingSession session)
    {
        if (session.Status is SessionStatus.Cancelled or SessionStatus.Delivered or SessionStatus.Closed || session.StartsAtUtc <= Now)
            return;
        while (true)
        {
            var next = await db.Registrations.Where(r => r.SessionId == session.Id && r.Status == RegistrationStatus.Waitlisted)
                .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).FirstOrDefaultAsync();
            if (next is null || !await TakeAsync(session.Id))
                return;
            next.OfferSeat(Now);
            var (token, hash) = ParticipantLink.New();
            next.Reissue(hash);
            var participant = await db.Participants.FindAsync(next.ParticipantId);
            emails.SeatOffered(session, next, participant!, token);
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Offers that ran out free their seat for the next person waiting (run by a recurring job).</summary>
    public async Task<int> LapseExpiredOffersAsync()
    {
        var now = Now;
        var lapsed = await db.Registrations.Where(r => r.Status == RegistrationStatus.Offered && r.OfferExpiresAtUtc < now).ToListAsync();
        foreach (var registration in lapsed)
        {
            var session = await RegistrationService.SessionsWithDetails(db).FirstAsync(s => s.Id == registration.SessionId);
            await db.InWriteTransactionAsync(async () =>
            {
                registration.LapseOffer(now);
                await ReleaseAsync(registration.SessionId);
                await db.SaveChangesAsync();
                await OfferFreedSeatsAsync(session);
            });
        }
        return lapsed.Count;
    }
}
