using Training.Infrastructure.Files;
using Training.Infrastructure.Persistence;

namespace Training.Web.Startup;

/// <summary>
/// <c>backup &lt;folder&gt;</c> and <c>restore &lt;folder&gt;</c> on the command line, for the embedded SQLite database and
/// the uploaded files, with the app's own settings (appsettings, environment variables). Backup runs beside the
/// running app; restore wants it stopped. Messages are for the operator at the console, in English like the logs.
/// </summary>
public static class BackupCommand
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "backup" or "restore";

    /// <summary>Returns the process exit code: 0 done, 1 refused (the message says why), 2 wrong use.</summary>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, string contentRoot, TextWriter console)
    {
        if (args.Length != 2 || string.IsNullOrWhiteSpace(args[1]))
        {
            await console.WriteLineAsync("Usage: Training.Web backup <new folder> | Training.Web restore <backup folder>");
            return 2;
        }
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            await console.WriteLineAsync("This command backs up the embedded SQLite database. For SQL Server use BACKUP DATABASE / RESTORE DATABASE (README, \"Backup and restore\").");
            return 2;
        }
        var connectionString = DatabaseSetup.SqliteConnectionString(database.ConnectionString, contentRoot);
        var files = FileStore.RootFor(configuration["Files:Path"], contentRoot);
        var folder = Path.GetFullPath(args[1]);
        try
        {
            if (args[0] == "backup")
            {
                var taken = await SqliteBackup.BackupAsync(connectionString, files, folder, TimeProvider.System);
                await console.WriteLineAsync($"Backup written to {folder}: database at migration {taken.Migration}, {taken.Users} users, {taken.Files} files.");
            }
            else
            {
                var restored = await SqliteBackup.RestoreAsync(connectionString, files, folder, TimeProvider.System);
                await console.WriteLineAsync($"Restored the backup of {restored.TakenAtUtc:yyyy-MM-dd HH:mm:ss} UTC ({restored.Users} users, {restored.Files} files); what it replaced is kept beside the database as *.replaced-*.");
            }
            return 0;
        }
        catch (BackupException ex)
        {
            await console.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
