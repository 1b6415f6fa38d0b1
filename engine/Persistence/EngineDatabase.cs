using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CongVu.Engine.Persistence;

/// <summary>Brings the database schema up to date by migrations (never EnsureCreated, so upgrades keep data).</summary>
public static class EngineDatabase
{
    public static async Task MigrateAsync(IDbContextFactory<EngineDbContext> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (db.Database.IsSqlite())
        {
            var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir) Directory.CreateDirectory(dir);
            await db.Database.OpenConnectionAsync(ct);
            // WAL lets readers run beside the single writer; it is a property of the file, set once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync(ct);
    }
}

/// <summary>Per-connection SQLite settings: NORMAL sync is crash-safe in WAL mode (a killed process loses nothing).</summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        // SQLite's own lower() folds ASCII only, so searching "đơn" would miss "Đơn nghỉ phép"; use .NET's Unicode rules
        // (as PostgreSQL's lower() does).
        if (connection is SqliteConnection sqlite)
            sqlite.CreateFunction<string?, string?>("lower", text => text?.ToLowerInvariant(), isDeterministic: true);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
        command.ExecuteNonQuery();
    }
}
