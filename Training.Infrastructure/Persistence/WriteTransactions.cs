using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Training.Infrastructure.Persistence;

/// <summary>
/// One write transaction, retried as the provider's execution strategy says. On SQLite the writers of this
/// process also take turns before <c>BEGIN</c>: SQLite lets one writer in at a time and makes the others wait
/// in its busy handler, which sleeps on the calling thread (1, 2, 5 … 100 ms at a time). With many people
/// registering at once those sleeping threads held the thread pool of a two-core machine, and the waits
/// grew to whole sleeps instead of the 1–2 ms a registration holds the lock. A turn is awaited without a
/// thread, in order of arrival. Other processes on the same file still meet SQLite's busy timeout. As with SQLite's
/// own lock, work inside a turn must not wait for another write transaction on the same file.
/// </summary>
public static class WriteTransactions
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new(StringComparer.Ordinal);

    public static async Task InWriteTransactionAsync(this TrainingDbContext db, Func<Task> work) =>
        await db.InWriteTransactionAsync(async () => { await work(); return true; });

    public static Task<T> InWriteTransactionAsync<T>(this TrainingDbContext db, Func<Task<T>> work) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            var turn = await TakeTurnAsync(db);
            // The transaction is all or nothing: a SaveChanges inside it needs no savepoint of its own (two statements each).
            var savepoints = db.Database.AutoSavepointsEnabled;
            db.Database.AutoSavepointsEnabled = false;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var result = await work();
                await transaction.CommitAsync();
                return result;
            }
            finally
            {
                db.Database.AutoSavepointsEnabled = savepoints;
                turn?.Release();
            }
        });

    /// <summary>Waits for this process's turn to write to the SQLite file; null on other providers.</summary>
    private static async Task<SemaphoreSlim?> TakeTurnAsync(TrainingDbContext db)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
            return null;
        // Keyed by the connection string, which names the file the same way whether the connection is open or not.
        var turn = Turns.GetOrAdd(connection.ConnectionString, _ => new SemaphoreSlim(1, 1));
        // As long as SQLite itself would wait for another writer; then the same "database unavailable" answer.
        if (!await turn.WaitAsync(SqlitePragmas.BusyTimeout(connection)))
            throw new TimeoutException($"No turn to write to {connection.DataSource} within the busy timeout.");
        return turn;
    }
}
