using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Persistence;
using Training.Tests.Support;
using Training.Web.Features.Registrations;
using Training.Web.Links;

namespace Training.Tests.Features;

/// <summary>Registrations arriving at the same moment are written together, and one person's failure stays theirs.</summary>
public sealed class RegistrationWriterTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public RegistrationWriterTests(TrainingAppFactory app) => _app = app;

    private RegistrationWriter Writer => _app.Services.GetRequiredService<RegistrationWriter>();

    private static NewRegistration Person(TrainingSession session, string email, int? organisationId = null)
    {
        var (token, hash) = ParticipantLink.New();
        var form = new RegistrationForm { FullName = $"Особа {email}", Email = email, OrganisationId = organisationId, Position = "Социјални радник" };
        return new NewRegistration(session, form, email, "sr-Cyrl-RS", token, hash, null);
    }

    /// <summary>
    /// Runs <paramref name="queue"/> while a write transaction of the test holds the write turn, so that everything it
    /// queues is waiting when the turn is free again, as a burst of registrations waits behind the one being written.
    /// </summary>
    private async Task<List<Task<Registration>>> WhileTheTurnIsHeldAsync(Func<List<Task<Registration>>> queue)
    {
        var release = new TaskCompletionSource();
        var holding = new TaskCompletionSource();
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var held = db.InWriteTransactionAsync(async () =>
        {
            holding.SetResult();
            await release.Task;
        });
        await holding.Task;
        var queued = queue();
        release.SetResult();
        await held;
        return queued;
    }

    private TrainingSession Session(int id) =>
        _app.Scoped(db => RegistrationService.SessionsWithDetails(db).AsNoTracking().Single(s => s.Id == id));

    [Fact]
    public async Task Registrations_waiting_together_are_written_in_one_transaction_with_capacity_held()
    {
        var session = Session(OpenSession.Create(_app, capacity: 5));
        var before = Writer.Transactions;

        var written = await WhileTheTurnIsHeldAsync(() => Enumerable.Range(0, 20).Select(i => Writer.RegisterAsync(Person(session, $"together{i}@example.rs"))).ToList());
        var registrations = await Task.WhenAll(written);

        // The first registration may have been taken before the others queued; everyone else shares the next commit.
        Assert.InRange(Writer.Transactions - before, 1, 2);
        Assert.Equal(20, registrations.Select(r => r.Id).Distinct().Count());
        // Seats went in order of arrival: the first five confirmed, the rest waiting.
        Assert.All(registrations.Take(5), r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
        Assert.All(registrations.Skip(5), r => Assert.Equal(RegistrationStatus.Waitlisted, r.Status));
        Assert.Equal(5, _app.Scoped(db => db.Sessions.Single(s => s.Id == session.Id).SeatsTaken));
        Assert.Equal(20, _app.Scoped(db => db.OutboxMessages.Count(m => m.ToAddress.StartsWith("together"))));
        Assert.Equal(20, _app.Scoped(db => db.AuditLog.Count(a => a.Action == "Registration.Created" && a.Actor == "participant" && a.Detail!.Contains($"session={session.Id};"))));
    }

    [Fact]
    public async Task The_same_person_twice_in_one_batch_is_registered_once()
    {
        var session = Session(OpenSession.Create(_app, capacity: 5));

        var written = await WhileTheTurnIsHeldAsync(() =>
            [Writer.RegisterAsync(Person(session, "twice@example.rs")), Writer.RegisterAsync(Person(session, "other@example.rs")), Writer.RegisterAsync(Person(session, "twice@example.rs"))]);
        var registrations = await Task.WhenAll(written);

        Assert.Equal(registrations[0].Id, registrations[2].Id);
        Assert.NotEqual(registrations[0].Id, registrations[1].Id);
        Assert.Equal(2, _app.Scoped(db => db.Registrations.Count(r => r.SessionId == session.Id)));
        Assert.Equal(2, _app.Scoped(db => db.Sessions.Single(s => s.Id == session.Id).SeatsTaken));
    }

    [Fact]
    public async Task A_registration_that_cannot_be_written_fails_alone()
    {
        var session = Session(OpenSession.Create(_app, capacity: 5));

        // An institution that is not in the directory (as if deleted after the form was checked): the database refuses the person.
        var written = await WhileTheTurnIsHeldAsync(() =>
            [Writer.RegisterAsync(Person(session, "fine1@example.rs")), Writer.RegisterAsync(Person(session, "refused@example.rs", organisationId: 999_999)),
             Writer.RegisterAsync(Person(session, "fine2@example.rs"))]);

        Assert.Equal(RegistrationStatus.Confirmed, (await written[0]).Status);
        await Assert.ThrowsAsync<DbUpdateException>(() => written[1]);
        Assert.Equal(RegistrationStatus.Confirmed, (await written[2]).Status);
        // Nothing of the refused registration stays: no person, no seat, no email.
        Assert.False(_app.Scoped(db => db.Participants.Any(p => p.Email == "refused@example.rs")));
        Assert.Equal(2, _app.Scoped(db => db.Sessions.Single(s => s.Id == session.Id).SeatsTaken));
        Assert.False(_app.Scoped(db => db.OutboxMessages.Any(m => m.ToAddress == "refused@example.rs")));
    }
}
