using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CongVu.Host.Campaigns.Persistence;

/// <summary>The campaigns schema beside the engine's and the people's tables in the same SQLite file.</summary>
public static class CampaignsDatabase
{
    public static async Task MigrateAsync(CampaignsDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.MigrateAsync(ct);
    }

    /// <summary>SQLite, our own history table, hand-written migrations, the people's per-connection settings.</summary>
    internal static void Configure(DbContextOptionsBuilder db, string connectionString)
    {
        db.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(CampaignsDbContext.MigrationsHistoryTable))
            .AddInterceptors(new SqliteConnectionSettings());
        // Migrations are hand-written (the design-time tools do not install here), so there is no model snapshot to compare.
        db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}

/// <summary>Migrates the campaign tables before the server takes requests; registered after the people's start-up.</summary>
internal sealed class CampaignsStartup(IDbContextFactory<CampaignsDbContext> factory) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await CampaignsDatabase.MigrateAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
