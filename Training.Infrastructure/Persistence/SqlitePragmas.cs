using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Training.Infrastructure.Persistence;

/// <summary>
/// WAL lets readers proceed while one writer writes, and busy_timeout makes a second writer
/// wait instead of failing at once; both matter when two app instances share one file.
/// synchronous=NORMAL is SQLite's recommended setting under WAL: a commit survives a crash of
/// the app, and only a power cut can lose the last commits; it makes each commit far cheaper.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";
        command.ExecuteNonQuery();
    }
}
