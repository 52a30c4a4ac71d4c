using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Training.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without starting the web app or a server.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTrainingDbContext>
{
    public SqliteTrainingDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteTrainingDbContext>();
        DatabaseSetup.Sqlite(builder, "Data Source=design-time.db");
        return new SqliteTrainingDbContext(builder.Options);
    }
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerTrainingDbContext>
{
    public SqlServerTrainingDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqlServerTrainingDbContext>();
        DatabaseSetup.SqlServer(builder, "Server=localhost;Database=Training;Trusted_Connection=True;TrustServerCertificate=True");
        return new SqlServerTrainingDbContext(builder.Options);
    }
}
