using Microsoft.EntityFrameworkCore;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Infrastructure.Audit;
using Training.Infrastructure.Persistence;
using Training.Tests.Support;
using Training.Web.Links;
using static Training.Tests.Support.Build;

namespace Training.Tests.Infrastructure;

/// <summary>Saving detects the changes once, for the audit guard, the audit trail and EF alike, and leaves the context as it was.</summary>
public sealed class SaveChangesTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    /// <summary>A context with the audit trail, as the app has it (signed-in user none: the actor is "system").</summary>
    private SqliteTrainingDbContext AuditedContext()
    {
        using var plain = _database.NewContext();
        var builder = new DbContextOptionsBuilder<SqliteTrainingDbContext>();
        DatabaseSetup.Sqlite(builder, plain.Database.GetConnectionString()!);
        builder.AddInterceptors(new AuditTrail(null, TimeProvider.System));
        return new SqliteTrainingDbContext(builder.Options);
    }

    [Fact]
    public async Task Changes_made_by_the_entities_own_methods_are_saved_and_audited_save_after_save()
    {
        await using var db = AuditedContext();
        var session = Session(Day(2030, 5, 14));
        var person = new Participant("Милица Јовановић", "milica.jovanovic@example.rs", "sr-Cyrl-RS");
        db.AddRange(session, person);
        await db.SaveChangesAsync();
        var registration = new Registration(session.Id, person.Id, true, ParticipantLink.New().Hash, null, null, DateTime.UtcNow);
        db.Registrations.Add(registration);
        await db.SaveChangesAsync();

        // Neither change is announced to EF: each save has to find it by itself, the second as well as the first.
        registration.UpdateNeeds("вегетаријанска исхрана", null);
        await db.SaveChangesAsync();
        Assert.True(registration.Cancel(DateTime.UtcNow));
        db.SaveChanges();

        Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
        await using var check = _database.NewContext();
        var saved = await check.Registrations.SingleAsync();
        Assert.Equal(("вегетаријанска исхрана", RegistrationStatus.Cancelled), (saved.DietaryNeeds, saved.Status));
        var changed = await check.AuditLog.SingleAsync(a => a.Action == "Registration.StatusChanged");
        Assert.Equal($"session={session.Id}; participant={person.Id}; from=Confirmed; to=Cancelled", changed.Detail);
    }
}
