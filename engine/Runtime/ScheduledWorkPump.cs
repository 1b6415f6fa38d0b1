using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CongVu.Engine.Runtime;

/// <summary>Background loop that runs due scheduled work: on a signal, at the next due time, or at the poll interval.</summary>
public sealed partial class ScheduledWorkPump(
    ScheduledWorkProcessor processor,
    IWorkflowStore store,
    WorkSignal signal,
    EngineEnvironment environment,
    IOptions<EngineOptions> options,
    ILogger<ScheduledWorkPump> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMilliseconds(options.Value.SchedulerPollMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await processor.RunDueAsync(stoppingToken);
                var next = await store.GetNextDueAtAsync(stoppingToken);
                var wait = next is { } due ? due - environment.Clock.UtcNow.UtcDateTime : poll;
                if (wait > poll) wait = poll;
                if (wait > TimeSpan.Zero) await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogPumpError(logger, e);
                await Task.Delay(poll, stoppingToken);
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "The scheduled work pump failed; it will try again.")]
    private static partial void LogPumpError(ILogger logger, Exception e);
}
