using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Training.Infrastructure.Email;
using Training.Infrastructure.Persistence;

namespace Training.Tests.Support;

/// <summary>
/// The real app on a temporary SQLite file, with demo users, no Hangfire server (tests run
/// jobs directly) and any extra settings a test needs.
/// </summary>
public class TrainingAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly IDictionary<string, string?>? _extra;

    public TrainingAppFactory() : this(null) { }

    internal TrainingAppFactory(IDictionary<string, string?>? settings, bool kestrel = false, string? databaseFile = null)
    {
        _extra = settings;
        DatabaseFile = databaseFile ?? Path.Combine(Path.GetTempPath(), $"training-test-{Guid.NewGuid():N}.db");
        FilesFolder = DatabaseFile + "-files";
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={DatabaseFile}",
            ["Files:Path"] = FilesFolder,
            ["Jobs:RunServer"] = "false",
            ["Seed:DemoData"] = "true",
            ["Security:LocalHttp"] = "true",
            // Demo users of every role sign in with the password alone here; AccountSecurityTests turn the requirement on.
            ["Security:TwoFactorRoles"] = "none",
            ["Email:Delivery"] = "Catcher",
            // Tests send many requests from one address; the limit itself is tested with a low value.
            ["RateLimits:PublicPerMinute"] = "10000",
            ["RateLimits:TokenMissesPer10Minutes"] = "10000",
            ["RateLimits:SignInMissesPer10Minutes"] = "10000",
            ["RateLimits:VerifyMissesPer10Minutes"] = "10000",
            ["RateLimits:OpenLinkPerClientPerHour"] = "10000",
        };
        // A null value takes the setting away: the app then runs with its own default.
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            if (value is null)
                _settings.Remove(key);
            else
                _settings[key] = value;
        IsKestrel = kestrel;
        if (kestrel)
            UseKestrel(0);
    }

    public string DatabaseFile { get; }

    /// <summary>Leave the database and files behind on dispose, for a second app on the same file (a restart).</summary>
    public bool KeepDatabase { get; init; }

    /// <summary>Another app on this one's database and files, as after a restart.</summary>
    public TrainingAppFactory Restarted() => new(null, IsKestrel, DatabaseFile);

    /// <summary>A second app on this one's database and files, with the same settings, running beside it; this one removes the files.</summary>
    public TrainingAppFactory SecondInstance() => new(_extra, IsKestrel, DatabaseFile) { KeepDatabase = true };

    /// <summary>Sends what the outbox holds now, as its job would; returns how many went.</summary>
    public async Task<int> DispatchEmailAsync()
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();
    }

    /// <summary>Where this app keeps uploaded files.</summary>
    public string FilesFolder { get; }

    /// <summary>The app sending its email to <paramref name="smtp"/>, with links to <c>http://obuke.test</c>.</summary>
    public static TrainingAppFactory WithSmtp(SmtpTestServer smtp, IDictionary<string, string?>? settings = null, bool kestrel = false)
    {
        var all = new Dictionary<string, string?>
        {
            ["Email:Delivery"] = "Smtp",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:PublicBaseUrl"] = "http://obuke.test",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        return new TrainingAppFactory(all, kestrel);
    }

    /// <summary>The token of the first participant link (<c>/r/…</c>) in an email's text.</summary>
    public static string LinkTokenIn(string? text)
    {
        Assert.NotNull(text);
        return ParticipantLink.Match(text).Groups[1].Value;
    }

    private static readonly System.Text.RegularExpressions.Regex ParticipantLink = new("/r/([A-Za-z0-9_-]{43})");

    /// <summary>What the app logged.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>The app's clock; move it with <see cref="TestClock.Offset"/>.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Served by a real Kestrel server (for a browser) rather than the in-memory test server.</summary>
    public bool IsKestrel { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Settings go in as host settings: the app reads some of them while its builder is being set up,
        // before configuration added by ConfigureAppConfiguration would be visible.
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, ClientAddressFilter>();
        });
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    /// <summary>The address of the Kestrel server, for a real browser.</summary>
    public string ServerAddress
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
    }

    public T Scoped<T>(Func<TrainingDbContext, T> read)
    {
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        using var scope = Services.CreateScope();
        await action(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (!KeepDatabase)
            TestDatabase.Delete(DatabaseFile);
    }
}
