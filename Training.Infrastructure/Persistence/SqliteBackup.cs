using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Training.Infrastructure.Persistence;

/// <summary>
/// A consistent copy of the embedded database and the uploaded files, taken while the app runs, and its return.
/// The database is copied by SQLite's online backup inside one read transaction, so the copy is the database as it
/// was at one instant even while others write (WAL lets them go on meanwhile). A backup is a folder:
/// <c>training.db</c>, <c>files/</c> and <c>backup.json</c>.
/// </summary>
public static class SqliteBackup
{
    public const string DatabaseName = "training.db";
    public const string FilesName = "files";
    public const string ManifestName = "backup.json";

    private static readonly JsonSerializerOptions ManifestFormat = new() { WriteIndented = true };

    public static async Task<BackupManifest> BackupAsync(string connectionString, string filesRoot, string target, TimeProvider clock)
    {
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            throw new BackupException($"The folder {target} is not empty; name a new folder for the backup.");
        Directory.CreateDirectory(target);
        var copy = Path.Combine(target, DatabaseName);
        await using (var source = Open(connectionString, SqliteOpenMode.ReadWrite))
        await using (var destination = Open($"Data Source={copy}", SqliteOpenMode.ReadWriteCreate))
            source.BackupDatabase(destination);

        var (migration, users) = await CheckAsync(copy);
        // Files after the database: every file the copy names was already on disk (files are kept before their record).
        var files = CopyFiles(filesRoot, Path.Combine(target, FilesName));
        var manifest = new BackupManifest(clock.GetUtcNow().UtcDateTime, migration, users, files);
        await File.WriteAllTextAsync(Path.Combine(target, ManifestName), JsonSerializer.Serialize(manifest, ManifestFormat));
        return manifest;
    }

    /// <summary>
    /// Puts a backup back, with the app stopped. What it replaces is kept beside it (<c>*.replaced-{time}</c>),
    /// so a restore of the wrong backup loses nothing either.
    /// </summary>
    public static async Task<BackupManifest> RestoreAsync(string connectionString, string filesRoot, string source, TimeProvider clock)
    {
        var copy = Path.Combine(source, DatabaseName);
        var manifestFile = Path.Combine(source, ManifestName);
        if (!File.Exists(copy) || !File.Exists(manifestFile))
            throw new BackupException($"{source} is not a backup: it needs {DatabaseName} and {ManifestName}.");
        var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestFile))
                       ?? throw new BackupException($"{manifestFile} cannot be read.");
        await CheckAsync(copy);

        var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var live = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (File.Exists(live))
        {
            await using var current = Open(connectionString, SqliteOpenMode.ReadWrite);
            await using var aside = Open($"Data Source={live}.replaced-{stamp}", SqliteOpenMode.ReadWriteCreate);
            current.BackupDatabase(aside);
        }
        // SQLite writes the pages itself, so the live file's write-ahead log cannot outlive the restore.
        await using (var from = Open($"Data Source={copy}", SqliteOpenMode.ReadOnly))
        await using (var into = Open(connectionString, SqliteOpenMode.ReadWriteCreate))
            from.BackupDatabase(into);

        if (Directory.Exists(filesRoot))
            Directory.Move(filesRoot, $"{filesRoot.TrimEnd(Path.DirectorySeparatorChar)}.replaced-{stamp}");
        CopyFiles(Path.Combine(source, FilesName), filesRoot);
        return manifest;
    }

    /// <summary>The copy is whole (integrity check) and is this app's database; returns its last migration and user count.</summary>
    private static async Task<(string Migration, long Users)> CheckAsync(string file)
    {
        try
        {
            await using var connection = Open($"Data Source={file}", SqliteOpenMode.ReadOnly);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check;";
            var integrity = (string?)await command.ExecuteScalarAsync();
            if (integrity != "ok")
                throw new BackupException($"{file} is damaged: {integrity}");
            command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1;";
            var migration = (string?)await command.ExecuteScalarAsync() ?? "";
            command.CommandText = "SELECT COUNT(*) FROM AspNetUsers;";
            return (migration, (long)(await command.ExecuteScalarAsync())!);
        }
        catch (SqliteException ex)
        {
            throw new BackupException($"{file} is not a database of this app: {ex.Message}");
        }
    }

    private static SqliteConnection Open(string connectionString, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = mode, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }

    private static int CopyFiles(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
            return 0;
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            count++;
        }
        return count;
    }
}

/// <summary>What a backup holds: when it was taken, the database's last migration, its users and files.</summary>
public sealed record BackupManifest(DateTime TakenAtUtc, string Migration, long Users, int Files);

/// <summary>A backup or restore that cannot go ahead; its message says why.</summary>
public sealed class BackupException(string message) : Exception(message);
