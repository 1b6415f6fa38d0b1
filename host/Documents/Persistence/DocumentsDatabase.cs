using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CongVu.Host.Documents.Persistence;

/// <summary>SQLite options for the documents tables: same file and connection settings as people, own history table.</summary>
internal static class DocumentsDatabase
{
    public static void Configure(DbContextOptionsBuilder db, string connectionString)
    {
        db.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(DocumentsDbContext.MigrationsHistoryTable))
            .AddInterceptors(new SqliteConnectionSettings());
        // Migrations are hand-written (the design-time tools do not install here), so there is no model snapshot to compare.
        db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}

/// <summary>Migrates the documents tables at start-up, before the server accepts requests.</summary>
internal sealed class DocumentsStartup(IDbContextFactory<DocumentsDbContext> factory) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
