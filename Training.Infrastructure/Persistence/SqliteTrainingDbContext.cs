using Microsoft.EntityFrameworkCore;

namespace Training.Infrastructure.Persistence;

/// <summary>The embedded default: a SQLite file. Owns Migrations/Sqlite.</summary>
public sealed class SqliteTrainingDbContext(DbContextOptions<SqliteTrainingDbContext> options) : TrainingDbContext(options);
