using Microsoft.EntityFrameworkCore;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Persistence;
using Training.Infrastructure.Seeding;

namespace Training.Web.Startup;

public static class DatabasePreparation
{
    /// <summary>
    /// Migrates the database, loads the reference data and plans from <c>seed/</c>, creates the
    /// roles and the configured first administrator, and in Development the demo users.
    /// A malformed seed file stops start-up with a message naming the file, having written nothing.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<TrainingDbContext>();
        var options = services.GetRequiredService<DatabaseOptions>();
        if (options.Provider == DatabaseProvider.Sqlite)
            EnsureSqliteFolder(db);
        if (options.MigrateOnStart)
            await db.Database.MigrateAsync();

        await services.GetRequiredService<ReferenceDataSeeder>().SeedAsync();

        var bootstrap = services.GetRequiredService<IdentityBootstrap>();
        await bootstrap.EnsureRolesAsync();
        var errors = await bootstrap.EnsureAdministratorAsync(app.Configuration["Bootstrap:AdminEmail"], app.Configuration["Bootstrap:AdminPassword"]);
        foreach (var error in errors)
            app.Logger.LogError("The first administrator was not created: {Error}", error);

        if (app.Configuration.GetValue<bool>("Seed:DemoData"))
        {
            await services.GetRequiredService<DemoUserSeeder>().SeedAsync();
            await services.GetRequiredService<DemoTrainingSeeder>().SeedAsync();
        }
    }

    private static void EnsureSqliteFolder(TrainingDbContext db)
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }
}
