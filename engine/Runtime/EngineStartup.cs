using CongVu.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace CongVu.Engine.Runtime;

/// <summary>Migrates the database and loads the holiday calendar before anything else runs.</summary>
public sealed class EngineStartup(IDbContextFactory<EngineDbContext> factory, StoredCalendarSource calendar) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await EngineDatabase.MigrateAsync(factory, cancellationToken);
        await calendar.ReloadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
