using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CongVu.Host.Hosting;

/// <summary>
/// A feature's own tables (documents, campaigns, complaints) in the engine's SQLite file: the same per-connection
/// settings as the people's tables, the feature's own migration history table, hand-written migrations.
/// </summary>
public static class FeatureDatabase
{
    /// <summary>Registers a context factory on <paramref name="connectionString"/> and migrates it at start-up.</summary>
    public static IServiceCollection AddFeatureDatabase<TContext>(this IServiceCollection services, string connectionString, string historyTable)
        where TContext : DbContext
    {
        services.AddDbContextFactory<TContext>(db => Configure(db, connectionString, historyTable));
        services.AddHostedService<MigrateAtStartup<TContext>>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder db, string connectionString, string historyTable)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(historyTable))
            .AddInterceptors(new SqliteConnectionSettings());
        // Migrations are hand-written (the design-time tools do not install here), so there is no model snapshot to compare.
        db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>Migrates one feature's tables before the server takes requests (hosted services start in order).</summary>
    private sealed class MigrateAtStartup<TContext>(IDbContextFactory<TContext> factory) : IHostedService
        where TContext : DbContext
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
