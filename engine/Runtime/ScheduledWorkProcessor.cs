using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using CongVu.Engine.Tasks;
using Microsoft.Extensions.Logging;

namespace CongVu.Engine.Runtime;

/// <summary>
/// Runs due scheduled work. Each item is removed in the same transaction as the instance change it
/// causes, so after a crash an item either took effect and is gone, or is still there and runs again:
/// every timer fires exactly once.
/// </summary>
public sealed partial class ScheduledWorkProcessor(
    IWorkflowStore store,
    WorkflowRuntime runtime,
    DefinitionService definitions,
    EngineEnvironment environment,
    TaskNotifications notifications,
    ILogger<ScheduledWorkProcessor> logger)
{
    /// <summary>Runs everything due now; returns how many items were handled.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct = default)
    {
        var handled = 0;
        while (true)
        {
            var due = await store.GetDueWorkAsync(environment.Clock.UtcNow.UtcDateTime, 100, ct);
            if (due.Count == 0) return handled;
            foreach (var work in due)
            {
                await RunOneAsync(work, ct);
                handled++;
            }
        }
    }

    private async Task RunOneAsync(ScheduledWorkRecord work, CancellationToken ct)
    {
        try
        {
            var done = Enum.Parse<ScheduledWorkKind>(work.Kind) switch
            {
                ScheduledWorkKind.ResumeBookmark => await ResumeAsync(work, ct),
                ScheduledWorkKind.StartWorkflow => await StartAsync(work, ct),
                ScheduledWorkKind.ScheduleTrigger => await FireTriggerAsync(work, ct),
                ScheduledWorkKind.TaskNotification => await notifications.SendAsync(work, ct),
                ScheduledWorkKind.Signal => await SignalAsync(work, ct),
                _ => false,
            };
            // Work whose target is gone (bookmark already resumed, instance deleted), or a delivered signal, is dropped here.
            if (!done) await store.DeleteWorkAsync(work.Id, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var delay = TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, work.Attempts + 1)));
            LogFailure(logger, work.Id, work.Kind, e.Message);
            await store.PostponeWorkAsync(work.Id, environment.Clock.UtcNow.UtcDateTime + delay, e.Message, ct);
        }
    }

    private async Task<bool> ResumeAsync(ScheduledWorkRecord work, CancellationToken ct)
    {
        var input = work.Payload is null ? null : JsonNode.Parse(work.Payload)?.AsObject();
        return await runtime.ResumeInstanceAsync(work.InstanceId!, work.BookmarkId!, input, idempotencyKey: null, work.Id, ct) is not null;
    }

    private async Task<bool> StartAsync(ScheduledWorkRecord work, CancellationToken ct)
    {
        var request = StartWorkflowRequest.FromJson(work.Payload!);
        if (request.InstanceId is { } id && await store.FindInstanceSummaryAsync(id, ct) is not null) return false;
        try
        {
            await runtime.StartAsync(request, ct, commit => commit.RemovedWorkIds.Add(work.Id));
            return true;
        }
        catch (WorkflowNotFoundException e) when (request is { ParentInstanceId: { } parent, ParentBookmarkId: { } bookmark })
        {
            // Waiting forever for a child that cannot start helps no one: the parent faults with the reason.
            var error = new JsonObject { ["error"] = e.Message };
            return await runtime.ResumeInstanceAsync(parent, bookmark, error, idempotencyKey: null, work.Id, ct) is not null;
        }
    }

    private async Task<bool> FireTriggerAsync(ScheduledWorkRecord work, CancellationToken ct)
    {
        var version = await store.FindDefinitionVersionAsync(work.DefinitionVersionId!, ct);
        if (version is null || !version.IsPublished) return false;
        var next = await definitions.NextScheduleAsync(version, work.ActivityId!, work.DueAt, ct);
        var request = new StartWorkflowRequest
        {
            DefinitionId = version.DefinitionId,
            DefinitionVersionId = version.Id,
            TriggerActivityNodeId = work.ActivityId,
            InstanceId = $"{work.Id}",
        };
        await runtime.StartAsync(request, ct, commit =>
        {
            commit.RemovedWorkIds.Add(work.Id);
            if (next is not null) commit.AddedWork.Add(next);
        });
        return true;
    }

    /// <summary>
    /// Delivers a signal. Several instances may wait for it, so it cannot leave in one of their transactions: the work id
    /// is the idempotency key instead (a redelivery after a crash acts once per instance), and the row is deleted after.
    /// </summary>
    private async Task<bool> SignalAsync(ScheduledWorkRecord work, CancellationToken ct)
    {
        var (stimulus, correlationId, input) = Signals.Read(JsonNode.Parse(work.Payload!)!.AsObject());
        await runtime.TriggerAsync(stimulus, correlationId, input, idempotencyKey: $"signal:{work.Id}", ct);
        return false;
    }

    [LoggerMessage(LogLevel.Warning, "Scheduled work {WorkId} ({Kind}) failed and will be retried: {Error}")]
    private static partial void LogFailure(ILogger logger, string workId, string kind, string error);
}
