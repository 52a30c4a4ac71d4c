using Microsoft.EntityFrameworkCore;
using Training.Domain.Sessions;
using Training.Tests.Support;
using Training.Web.Features.Registrations;
using static Training.Tests.Support.Build;

namespace Training.Tests.Features;

/// <summary>The sessions the participants' link pages show, kept between requests and never older than the database says.</summary>
public sealed class LinkSessionsTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestClock _clock = new();

    public void Dispose() => _database.Dispose();

    private int CreateSession()
    {
        using var db = _database.NewContext();
        var session = Session(Day(2030, 5, 14), Day(2030, 5, 15));
        session.HoldAt(Venue(), false, null);
        db.Sessions.Add(session);
        db.SaveChanges();
        return session.Id;
    }

    private async Task<TrainingSession?> ReadAsync(LinkSessions sessions, int id)
    {
        // Each read in a context of its own, as each request has.
        await using var db = _database.NewContext();
        return await sessions.GetAsync(db, id);
    }

    private void Change(int id, Action<TrainingSession> change)
    {
        using var db = _database.NewContext();
        change(RegistrationService.SessionsWithDetails(db).Single(s => s.Id == id));
        db.SaveChanges();
    }

    [Fact]
    public async Task A_session_is_read_once_and_again_as_soon_as_it_changes()
    {
        var id = CreateSession();
        var sessions = new LinkSessions(_clock);

        var first = await ReadAsync(sessions, id);
        Assert.Equal(2, first!.Days.Count);
        Assert.Equal("Сала Скупштине града", first.Venue!.Name);
        Assert.Equal("Ниш", first.Venue.Municipality.Name);
        Assert.Same(first, await ReadAsync(sessions, id));

        // Another request (or another app process) renames and reschedules the session: the next read sees it.
        Change(id, s => s.Rename("Рад са децом жртвама трговине људима", "sr-Cyrl-RS"));
        var renamed = await ReadAsync(sessions, id);
        Assert.Equal("Рад са децом жртвама трговине људима", renamed!.Title);
        Change(id, s => s.Reschedule([Day(2030, 6, 2)]));
        var rescheduled = await ReadAsync(sessions, id);
        Assert.Equal(new DateOnly(2030, 6, 2), Assert.Single(rescheduled!.Days).Date);
    }

    [Fact]
    public async Task A_venue_changed_without_its_session_shows_within_the_maximum_age()
    {
        var id = CreateSession();
        var sessions = new LinkSessions(_clock);
        Assert.Equal("Сала Скупштине града", (await ReadAsync(sessions, id))!.Venue!.Name);

        Change(id, s => s.Venue!.Update("Велика сала Градске куће", "Николе Пашића 24", s.Venue.Municipality, 40, null, null, null));
        _clock.Offset = LinkSessions.MaxAge;
        Assert.Equal("Велика сала Градске куће", (await ReadAsync(sessions, id))!.Venue!.Name);
    }

    [Fact]
    public async Task A_deleted_session_is_no_longer_found()
    {
        var id = CreateSession();
        var sessions = new LinkSessions(_clock);
        Assert.NotNull(await ReadAsync(sessions, id));

        await using (var db = _database.NewContext())
            await db.Sessions.Where(s => s.Id == id).ExecuteDeleteAsync();
        Assert.Null(await ReadAsync(sessions, id));
    }
}
