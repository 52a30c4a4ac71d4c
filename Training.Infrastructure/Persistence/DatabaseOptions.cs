namespace Training.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, a connection string or empty for <c>data/training.db</c> under the content root.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up (the embedded default and compose do).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
