using CongVu.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CongVu.Bench;

/// <summary>The real engine, wired by <c>AddWorkflowEngine</c> on a fresh SQLite file, started like the host starts it.</summary>
internal sealed class EngineUnderTest : IAsyncDisposable
{
    private readonly IHost _host;

    private EngineUnderTest(IHost host, string databasePath)
    {
        _host = host;
        DatabasePath = databasePath;
    }

    public string DatabasePath { get; }
    public IServiceProvider Services => _host.Services;

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public static async Task<EngineUnderTest> StartAsync(string databasePath)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Engine:ConnectionString"] = $"Data Source={databasePath}",
            // Nothing is due in S1/S2; the pump would only add noise.
            ["Engine:RunScheduler"] = "false",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddWorkflowEngine(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new EngineUnderTest(host, databasePath);
    }

    /// <summary>Size of the database file plus its write-ahead log, in MB.</summary>
    public double DatabaseSizeMb() =>
        new[] { DatabasePath, DatabasePath + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length) / (1024.0 * 1024.0);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
