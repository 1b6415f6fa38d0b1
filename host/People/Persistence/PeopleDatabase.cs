using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CongVu.Host.People.Persistence;

/// <summary>Brings the people schema up to date by migrations, beside the engine's tables in the same file.</summary>
public static class PeopleDatabase
{
    public static async Task MigrateAsync(PeopleDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (path.Length > 0 && Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir) Directory.CreateDirectory(dir);
        }
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>Options shared by the host and tests: SQLite, our own history table, hand-written migrations.</summary>
    internal static void Configure(DbContextOptionsBuilder db, string connectionString)
    {
        db.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(PeopleDbContext.MigrationsHistoryTable))
            .AddInterceptors(new SqliteConnectionSettings());
        // Migrations are hand-written (the design-time tools do not install here), so there is no model snapshot to compare.
        db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}

/// <summary>
/// Per-connection SQLite settings matching the engine's: wait for the other writer instead of failing, and
/// enforce foreign keys (SQLite leaves them off per connection).
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
