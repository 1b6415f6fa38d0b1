using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CongVu.Host.Complaints.Persistence;

/// <summary>The complaints schema beside the engine's and the people's tables, with its own migration history.</summary>
public static class ComplaintsDatabase
{
    internal static void Configure(DbContextOptionsBuilder db, string connectionString)
    {
        db.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(ComplaintsDbContext.MigrationsHistoryTable))
            .AddInterceptors(new SqliteConnectionSettings());
        // Migrations are hand-written (the design-time tools do not install here), so there is no model snapshot to compare.
        db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}

/// <summary>Migrates the complaints tables at start-up, before the server accepts requests.</summary>
internal sealed class ComplaintsStartup(IDbContextFactory<ComplaintsDbContext> factory) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
