using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CongVu.Host.Hosting;

/// <summary>Reports healthy once every start-up task (migrations, holiday seed, workflow import) has run.</summary>
public sealed class StartupHealthCheck(StartupState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Start-up tasks are still running."));
}

/// <summary>Whether start-up has finished; set by the last hosted service to start.</summary>
public sealed class StartupState
{
    public bool IsReady { get; private set; }

    internal void MarkReady() => IsReady = true;
}

/// <summary>Registered after every other start-up task, so it starts last and marks the host ready.</summary>
internal sealed class StartupCompletion(StartupState state) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        state.MarkReady();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Registration of the start-up health check.</summary>
public static class StartupHealthExtensions
{
    /// <summary>Call after every other hosted service is registered.</summary>
    public static IServiceCollection AddStartupHealth(this IServiceCollection services)
    {
        services.AddSingleton<StartupState>();
        services.AddHostedService<StartupCompletion>();
        services.AddHealthChecks().AddCheck<StartupHealthCheck>("startup");
        return services;
    }
}
