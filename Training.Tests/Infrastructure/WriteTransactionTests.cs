using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Infrastructure.Persistence;
using Training.Tests.Support;

namespace Training.Tests.Infrastructure;

/// <summary>Write transactions on SQLite: the writers of one process take turns, and the log is checkpointed in the background.</summary>
public sealed class WriteTransactionTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Writers_waiting_for_their_turn_go_in_the_order_they_came()
    {
        var held = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await using var holder = _database.NewContext();
        var holding = holder.InWriteTransactionAsync(async () =>
        {
            held.SetResult();
            await release.Task;
        });
        await held.Task;

        // Ten writers queue one after another while the first holds its turn; each records itself inside its transaction.
        var order = new List<int>();
        var contexts = Enumerable.Range(0, 10).Select(_ => _database.NewContext()).ToList();
        var writers = new List<Task>();
        for (var i = 0; i < 10; i++)
        {
            var index = i;
            var db = contexts[i];
            writers.Add(db.InWriteTransactionAsync(async () =>
            {
                await db.Database.ExecuteSqlAsync($"INSERT INTO JobLeases (Name, Holder, ExpiresAtUtc) VALUES ({"w" + index}, 'test', '2030-01-01 00:00:00')");
                lock (order)
                    order.Add(index);
            }));
            await Task.Delay(20);
        }
        Assert.Empty(order);

        release.SetResult();
        await holding;
        await Task.WhenAll(writers);
        // SQLite's own busy wait retries at random moments; the turns keep the order of arrival.
        Assert.Equal(Enumerable.Range(0, 10), order);
        foreach (var db in contexts)
            await db.DisposeAsync();
    }

    [Fact]
    public async Task A_turn_that_does_not_come_within_the_busy_timeout_is_the_database_unavailable_error()
    {
        var held = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await using var holder = _database.NewContext("Default Timeout=1");
        var holding = holder.InWriteTransactionAsync(async () =>
        {
            held.SetResult();
            await release.Task;
        });
        await held.Task;

        await using var waiting = _database.NewContext("Default Timeout=1");
        var started = false;
        var error = await Assert.ThrowsAnyAsync<Exception>(() => waiting.InWriteTransactionAsync(() =>
        {
            started = true;
            return Task.CompletedTask;
        }));
        Assert.False(started);
        // The same 503 "try again in a minute" page as a database locked by another process.
        Assert.True(DatabaseFaults.IsUnavailable(error), error.ToString());

        release.SetResult();
        await holding;
        await waiting.InWriteTransactionAsync(() => { started = true; return Task.CompletedTask; });
        Assert.True(started);
    }

    [Fact]
    public async Task The_apps_connections_leave_checkpoints_to_the_background_which_copies_the_log_into_the_file()
    {
        using var app = new TrainingAppFactory();
        app.StartServer();
        var file = app.DatabaseFile;
        Assert.Equal(0L, app.Scoped(db =>
        {
            db.Database.OpenConnection();
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint";
            return (long)command.ExecuteScalar()!;
        }));

        var before = new FileInfo(file).Length;
        // About 2,500 pages through the log: more than SQLite's automatic checkpoint (1,000 pages) would have let pass.
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<TrainingDbContext>();
            foreach (var message in TestDatabase.Messages(300, "checkpoint"))
            {
                message.Attach("big.txt", "text/plain", new byte[32 * 1024]);
                db.OutboxMessages.Add(message);
            }
            await db.SaveChangesAsync();
        });

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (new FileInfo(file).Length < before + 300 * 32 * 1024 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.True(new FileInfo(file).Length >= before + 300 * 32 * 1024, $"the database file stayed at {new FileInfo(file).Length} bytes");
    }
}
