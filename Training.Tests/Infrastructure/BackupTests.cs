using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Training.Infrastructure.Email;
using Training.Infrastructure.Persistence;
using Training.Tests.Support;

namespace Training.Tests.Infrastructure;

/// <summary>The backup and restore commands, run as an operator runs them, beside the running app.</summary>
public sealed class BackupTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"training-backup-{Guid.NewGuid():N}.db");
    private readonly string _backup = Path.Combine(Path.GetTempPath(), $"training-backup-{Guid.NewGuid():N}");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        var folder = Path.GetDirectoryName(_file)!;
        foreach (var leftover in Directory.EnumerateFileSystemEntries(folder, Path.GetFileName(_file) + "*"))
            if (Directory.Exists(leftover))
                Directory.Delete(leftover, true);
            else
                File.Delete(leftover);
        if (Directory.Exists(_backup))
            Directory.Delete(_backup, true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_backup_taken_while_the_app_writes_is_consistent_and_a_restore_brings_it_back_keeping_what_it_replaced()
    {
        var app = await AppProcess.StartAsync(_file, new Dictionary<string, string> { ["Seed:DemoData"] = "true" });
        var stored = Path.Combine(_file + "-files", "0123456789abcdef0123456789abcdef");
        await File.WriteAllTextAsync(stored, "Приручник за професионалце");

        // Someone keeps writing all through the backup.
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await AddMessageAsync($"pre-{written}@example.rs");
                Interlocked.Increment(ref written);
            }
        });
        await WaitUntilAsync(() => written >= 20);
        var before = written;
        var (code, output) = await AppProcess.RunCommandAsync(_file, "backup", _backup);
        var after = written;
        await stop.CancelAsync();
        await writer;

        Assert.True(code == 0, output);
        Assert.Contains("Backup written to", output);
        Assert.True(File.Exists(Path.Combine(_backup, "files", Path.GetFileName(stored))));
        long inBackup;
        await using (var copy = new SqliteConnection($"Data Source={Path.Combine(_backup, "training.db")};Pooling=False"))
        {
            await copy.OpenAsync();
            await using var count = copy.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM OutboxMessages WHERE ToAddress LIKE 'pre-%';";
            inBackup = (long)(await count.ExecuteScalarAsync())!;
        }
        Assert.InRange(inBackup, before, after);

        // Changes after the backup, then the app stops and the backup goes back.
        await AddMessageAsync("after-backup@example.rs");
        File.Delete(stored);
        await app.DisposeAsync();
        (code, output) = await AppProcess.RunCommandAsync(_file, "restore", _backup);
        Assert.True(code == 0, output);

        using (var db = Context())
        {
            Assert.Equal(inBackup, await db.OutboxMessages.CountAsync(m => m.ToAddress.StartsWith("pre-")));
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.ToAddress == "after-backup@example.rs"));
        }
        Assert.Equal("Приручник за професионалце", await File.ReadAllTextAsync(stored));
        // What the restore replaced is kept, whole.
        var replaced = Directory.EnumerateFiles(Path.GetDirectoryName(_file)!, Path.GetFileName(_file) + ".replaced-*").Single();
        await using (var aside = new SqliteConnection($"Data Source={replaced};Pooling=False"))
        {
            await aside.OpenAsync();
            await using var find = aside.CreateCommand();
            find.CommandText = "SELECT COUNT(*) FROM OutboxMessages WHERE ToAddress = 'after-backup@example.rs';";
            Assert.Equal(1L, (long)(await find.ExecuteScalarAsync())!);
        }

        // The app starts on the restored database and its people sign in.
        await using var restarted = await AppProcess.StartAsync(_file);
        using var web = new WebSession(restarted.Address);
        await web.SignInAsRoleAsync("Coordinator");
        Assert.Equal(HttpStatusCode.OK, (await web.Client.GetAsync("/sessions")).StatusCode);
    }

    [Fact]
    public async Task A_backup_into_a_used_folder_or_a_restore_from_a_folder_that_is_no_backup_is_refused_and_changes_nothing()
    {
        await using (var app = await AppProcess.StartAsync(_file))
        {
        }
        Directory.CreateDirectory(_backup);
        await File.WriteAllTextAsync(Path.Combine(_backup, "notes.txt"), "not a backup");

        var (code, output) = await AppProcess.RunCommandAsync(_file, "backup", _backup);
        Assert.Equal(1, code);
        Assert.Contains("is not empty", output);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(_backup).Select(Path.GetFileName));

        var size = new FileInfo(_file).Length;
        (code, output) = await AppProcess.RunCommandAsync(_file, "restore", _backup);
        Assert.Equal(1, code);
        Assert.Contains("is not a backup", output);
        Assert.Equal(size, new FileInfo(_file).Length);
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(_file)!, Path.GetFileName(_file) + ".replaced-*"));

        (code, output) = await AppProcess.RunCommandAsync(_file, "backup");
        Assert.Equal(2, code);
        Assert.Contains("Usage:", output);
    }

    private TrainingDbContext Context() => TestDatabase.ContextFor(_file);

    private async Task AddMessageAsync(string to)
    {
        using var db = Context();
        db.OutboxMessages.Add(new OutboxMessage(to, null, "Порука", "Текст", null, "sr-Cyrl-RS", "Test", DateTime.UtcNow));
        await db.SaveChangesAsync();
    }

    private static async Task WaitUntilAsync(Func<bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!done() && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Assert.True(done());
    }
}
