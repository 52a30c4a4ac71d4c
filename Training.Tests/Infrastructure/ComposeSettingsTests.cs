using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Infrastructure.Email;
using Training.Infrastructure.Persistence;

namespace Training.Tests.Infrastructure;

/// <summary>
/// No Docker engine runs here, so the compose file is checked the other way: its app settings are
/// read as the app would read them from the environment, and must bind to the app's options.
/// </summary>
public sealed class ComposeSettingsTests
{
    private static (IConfiguration Config, string Compose) AppEnvironment()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "docker-compose.yml")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("docker-compose.yml not found");
        var compose = File.ReadAllText(Path.Combine(root, "docker-compose.yml"));
        var app = compose[compose.IndexOf("  app:", StringComparison.Ordinal)..compose.IndexOf("  sqlserver:", StringComparison.Ordinal)];
        var settings = app.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains('=') && l.Contains("__"))
            .Select(l => l[2..].Split('=', 2))
            // Compose substitutes ${VAR:?...}; a sample value stands in for it here.
            .ToDictionary(p => p[0].Replace("__", ":"), p => (string?)System.Text.RegularExpressions.Regex.Replace(p[1], @"\$\{[^}]+\}", "sample"));
        return (new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), compose);
    }

    [Fact]
    public void Database_settings_bind_to_SQL_Server_on_the_compose_service()
    {
        var (config, compose) = AppEnvironment();
        var database = config.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()!;
        Assert.Equal(DatabaseProvider.SqlServer, database.Provider);
        Assert.True(database.MigrateOnStart);
        Assert.Contains("Server=sqlserver,1433", database.ConnectionString);
        Assert.Contains("\n  sqlserver:", compose);
        Assert.Contains("mcr.microsoft.com/mssql/server:2022", compose);

        var services = new ServiceCollection().AddTrainingDatabase(database, Path.GetTempPath()).BuildServiceProvider();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        Assert.IsType<SqlServerTrainingDbContext>(db);
        Assert.Equal("Microsoft.EntityFrameworkCore.SqlServer", db.Database.ProviderName);
    }

    [Fact]
    public void Email_settings_bind_to_Mailpit()
    {
        var (config, compose) = AppEnvironment();
        var email = config.GetSection(EmailOptions.Section).Get<EmailOptions>()!;
        Assert.Equal(EmailDelivery.Smtp, email.Delivery);
        Assert.Equal("mailpit", email.SmtpHost);
        Assert.Equal(1025, email.SmtpPort);
        Assert.Contains("\n  mailpit:", compose);
    }

    [Fact]
    public void The_app_and_Mailpit_are_published_on_loopback_only_and_local_HTTP_trusts_only_the_networks_gateway()
    {
        var (config, compose) = AppEnvironment();
        var published = System.Text.RegularExpressions.Regex.Matches(compose, @"ports:\s*\n((?:\s+- .*\n)+)")
            .SelectMany(m => m.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(["- \"127.0.0.1:8080:8080\"", "- \"127.0.0.1:8025:8025\""], published);
        Assert.True(config.GetValue<bool>("Security:LocalHttp"));
        var gateway = System.Net.IPNetwork.Parse(config["Security:LocalNetworks"]!);
        Assert.Equal(32, gateway.PrefixLength);
        Assert.Contains($"gateway: {gateway.BaseAddress}", compose);
    }

    [Fact]
    public void First_administrator_comes_from_the_environment_not_the_file()
    {
        var (config, _) = AppEnvironment();
        Assert.Equal("sample", config["Bootstrap:AdminPassword"]);
    }
}
