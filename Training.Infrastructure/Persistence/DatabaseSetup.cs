using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Infrastructure.Audit;

namespace Training.Infrastructure.Persistence;

/// <summary>Registers the context of the configured provider and exposes it as <see cref="TrainingDbContext"/>.</summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddTrainingDatabase(this IServiceCollection services, DatabaseOptions options, string contentRoot)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = SqliteConnectionString(options.ConnectionString, contentRoot);
                services.AddDbContextPool<SqliteTrainingDbContext>((sp, b) => Audited(Sqlite(b, sqlite), sp));
                services.AddScoped<TrainingDbContext>(sp => sp.GetRequiredService<SqliteTrainingDbContext>());
                services.AddHostedService(sp => new SqliteCheckpoints(sqlite, TimeSpan.FromSeconds(1),
                    sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SqliteCheckpoints>>()));
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                    throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is SqlServer.");
                services.AddDbContextPool<SqlServerTrainingDbContext>((sp, b) => Audited(SqlServer(b, options.ConnectionString), sp));
                services.AddScoped<TrainingDbContext>(sp => sp.GetRequiredService<SqlServerTrainingDbContext>());
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'.");
        }
        return services;
    }

    private static void Audited(DbContextOptionsBuilder builder, IServiceProvider services) =>
        builder.AddInterceptors(new AuditTrail(
            services.GetService<Microsoft.AspNetCore.Http.IHttpContextAccessor>(), services.GetService<TimeProvider>() ?? TimeProvider.System));

    public static DbContextOptionsBuilder Sqlite(DbContextOptionsBuilder builder, string connectionString)
    {
        builder.UseSqlite(connectionString, o =>
        {
            o.MigrationsAssembly(typeof(DatabaseSetup).Assembly.FullName);
            o.MigrationsHistoryTable("__EFMigrationsHistory");
        });
        return builder.AddInterceptors(SqlitePragmas.Instance);
    }

    public static DbContextOptionsBuilder SqlServer(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlServer(connectionString, o =>
        {
            o.MigrationsAssembly(typeof(DatabaseSetup).Assembly.FullName);
            o.EnableRetryOnFailure();
        });

    /// <summary>An explicit connection string wins; otherwise the file <c>data/training.db</c> under the content root.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(contentRoot, "data", "training.db")}"
            : configured);
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        // A command waits for a busy database for the connection string's Default Timeout: 30 s unless it says otherwise.
        builder.Pooling = true;
        return builder.ToString();
    }
}
