using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Training.Infrastructure.Persistence;

/// <summary>
/// WAL lets readers proceed while one writer writes, and busy_timeout makes a second writer
/// wait instead of failing at once; both matter when two app instances share one file.
/// synchronous=NORMAL is SQLite's recommended setting under WAL: a commit survives a crash of
/// the app, and only a power cut can lose the last commits; it makes each commit far cheaper.
/// Checkpoints are taken in the background (<see cref="SqliteCheckpoints"/>), not inside a commit.
/// The settings belong to the native connection, which the pool keeps open, so they are applied
/// once per native connection rather than at every open.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private static readonly ConditionalWeakTable<object, object> Configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>A writer waits for another at most 10 s, less when the connection's own timeout is shorter.</summary>
    public static TimeSpan BusyTimeout(SqliteConnection connection) => TimeSpan.FromSeconds(Math.Min(10, connection.DefaultTimeout));

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && Configured.TryGetValue(handle, out _))
            return;
        using (var command = connection.CreateCommand())
        {
            var busy = connection is SqliteConnection sqlite ? (int)BusyTimeout(sqlite).TotalMilliseconds : 10_000;
            command.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={busy}; PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint=0;";
            command.ExecuteNonQuery();
        }
        if (connection is SqliteConnection { Handle: { } opened })
            Configured.AddOrUpdate(opened, true);
    }
}
