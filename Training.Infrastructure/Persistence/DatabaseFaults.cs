using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.SqlServer.Storage.Internal;

namespace Training.Infrastructure.Persistence;

/// <summary>Tells a database that is briefly out of reach (locked, busy, unreachable) from a fault in the app.</summary>
public static class DatabaseFaults
{
    private static readonly int[] SqliteUnavailable =
    [
        5,  // SQLITE_BUSY: another writer held the file longer than the busy timeout
        6,  // SQLITE_LOCKED
        10, // SQLITE_IOERR
        14, // SQLITE_CANTOPEN
    ];

    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when SqliteUnavailable.Contains(sqlite.SqliteErrorCode):
                case RetryLimitExceededException:
#pragma warning disable EF1001 // the provider's own list of transient SQL Server errors (timeouts, failover, unreachable)
                case Microsoft.Data.SqlClient.SqlException sql when SqlServerTransientExceptionDetector.ShouldRetryOn(sql):
#pragma warning restore EF1001
                case TimeoutException:
                    return true;
            }
        }
        return false;
    }
}
