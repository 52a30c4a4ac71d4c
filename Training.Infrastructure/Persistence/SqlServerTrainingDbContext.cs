using Microsoft.EntityFrameworkCore;

namespace Training.Infrastructure.Persistence;

/// <summary>Production: SQL Server. Owns Migrations/SqlServer.</summary>
public sealed class SqlServerTrainingDbContext(DbContextOptions<SqlServerTrainingDbContext> options) : TrainingDbContext(options);
