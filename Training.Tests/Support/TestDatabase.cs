using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Training.Infrastructure.Email;
using Training.Infrastructure.Persistence;

namespace Training.Tests.Support;

/// <summary>A migrated SQLite file of its own, for tests that use the DbContext without the web app.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"training-db-{Guid.NewGuid():N}.db");

    public TestDatabase()
    {
        using var db = NewContext();
        db.Database.Migrate();
    }

    public TrainingDbContext NewContext() => ContextFor(_file);

    /// <summary>A context on this database whose connection string adds <paramref name="settings"/> (e.g. <c>Default Timeout=1</c>).</summary>
    public TrainingDbContext NewContext(string settings) => ContextFor(_file, settings);

    /// <summary>A context of its own on <paramref name="file"/>, as another program on the same database.</summary>
    public static TrainingDbContext ContextFor(string file, string? settings = null)
    {
        var builder = new DbContextOptionsBuilder<SqliteTrainingDbContext>();
        DatabaseSetup.Sqlite(builder, $"Data Source={file}" + (settings is null ? "" : ";" + settings));
        return new SqliteTrainingDbContext(builder.Options);
    }

    /// <summary><paramref name="count"/> emails to different people, due now, not yet in any context.</summary>
    public static List<OutboxMessage> Messages(int count, string prefix = "polaznik") =>
        Enumerable.Range(1, count)
            .Select(i => new OutboxMessage($"{prefix}{i}@example.rs", $"Полазник {i}", $"Порука {i}", "Текст", null, "sr-Cyrl-RS", "Test", DateTime.UtcNow.AddSeconds(-1)))
            .ToList();

    public void Dispose() => Delete(_file);

    /// <summary>Removes a database file with its write-ahead log, shared memory and uploaded files (<c>-files</c>).</summary>
    public static void Delete(string file)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(file + suffix);
        if (Directory.Exists(file + "-files"))
            Directory.Delete(file + "-files", true);
    }
}
