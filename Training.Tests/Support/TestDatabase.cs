using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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

    public TrainingDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<SqliteTrainingDbContext>();
        DatabaseSetup.Sqlite(builder, $"Data Source={_file}");
        return new SqliteTrainingDbContext(builder.Options);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_file + suffix);
    }
}
