using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;
using CongVu.Engine.Persistence;
using Microsoft.Extensions.Logging;

namespace CongVu.Engine.Runtime;

/// <summary>Starts, resumes, triggers, cancels and retries instances; every change is one atomic commit.</summary>
public sealed partial class WorkflowRuntime(
    IWorkflowStore store,
    GraphCache graphs,
    EngineEnvironment environment,
    InstanceLocks locks,
    WorkSignal signal,
    ILogger<WorkflowRuntime> logger)
{
    private const int MaxConflictRetries = 10;

    public async Task<RunResult> StartAsync(StartWorkflowRequest request, CancellationToken ct = default, Action<WorkflowCommit>? addToCommit = null)
    {
        var record = request.DefinitionVersionId is { } versionId
            ? await store.FindDefinitionVersionAsync(versionId, ct)
            : await store.FindDefinitionAsync(request.DefinitionId, request.Version, ct);
        if (record is null)
            throw new WorkflowNotFoundException($"Workflow definition '{request.DefinitionId}' has no {request.VersionOptions ?? "published"} version.");
        var graph = graphs.Get(record);
        var now = environment.Clock.UtcNow.UtcDateTime;
        var state = new WorkflowState
        {
            Id = request.InstanceId ?? WorkflowExecutionContext.NewId(),
            DefinitionId = record.DefinitionId,
            DefinitionVersionId = record.Id,
            DefinitionVersion = record.Version,
            CorrelationId = request.CorrelationId,
            Name = request.Name ?? record.Name,
            ParentInstanceId = request.ParentInstanceId,
            ParentBookmarkId = request.ParentBookmarkId,
            TriggerNodeId = request.TriggerActivityNodeId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var variable in graph.Variables)
            state.Variables[variable.Name] = variable.Value?.DeepClone();
        foreach (var (key, value) in request.Input ?? [])
            state.Input[key] = value?.DeepClone();
        var workflow = new WorkflowExecutionContext(state, graph, environment, revision: 0, ct);
        workflow.Schedule(workflow.CreateContext(graph.Root, parent: null));
        workflow.Commit.IdempotencyKey = request.IdempotencyKey;
        addToCommit?.Invoke(workflow.Commit);
        await RunAndCommitAsync(workflow);
        return new RunResult(state);
    }

    /// <summary>Resumes one bookmark. Null when it no longer exists (already resumed: the duplicate acts zero times).</summary>
    public async Task<RunResult?> ResumeAsync(string bookmarkId, JsonObject? input = null, string? idempotencyKey = null, CancellationToken ct = default)
    {
        var bookmark = await store.FindBookmarkAsync(bookmarkId, ct);
        return bookmark is null ? null : await ResumeInstanceAsync(bookmark.InstanceId, bookmarkId, input, idempotencyKey, workId: null, ct);
    }

    internal Task<RunResult?> ResumeInstanceAsync(string instanceId, string bookmarkId, JsonObject? input, string? idempotencyKey, string? workId, CancellationToken ct) =>
        ResumeInstanceAsync(instanceId, [bookmarkId], input, idempotencyKey, workId, ct);

    /// <summary>Resumes those of <paramref name="bookmarkIds"/> the instance still has, in one burst and one commit.</summary>
    private async Task<RunResult?> ResumeInstanceAsync(string instanceId, IReadOnlyCollection<string> bookmarkIds, JsonObject? input, string? idempotencyKey, string? workId, CancellationToken ct)
    {
        return await UnderLockAsync(instanceId, workflow =>
        {
            var bookmarks = workflow.State.Bookmarks.Where(b => bookmarkIds.Contains(b.Id)).ToList();
            if (bookmarks.Count == 0) return false;
            foreach (var bookmark in bookmarks)
            {
                bookmark.ResumeInput = input?.DeepClone().AsObject();
                workflow.Enqueue(new WorkItem { Kind = WorkKind.Resume, ContextId = bookmark.ContextId, BookmarkId = bookmark.Id });
            }
            workflow.Commit.IdempotencyKey = idempotencyKey;
            if (workId is not null) workflow.Commit.RemovedWorkIds.Add(workId);
            return true;
        }, ct);
    }

    /// <summary>
    /// Delivers a stimulus: resumes every matching bookmark and starts every matching published trigger, each with
    /// <paramref name="input"/> (for events: <c>{ "payload": ... }</c>, which becomes the Event activity's result).
    /// </summary>
    public async Task<IReadOnlyList<RunResult>> TriggerAsync(Stimulus stimulus, string? correlationId, JsonObject? input, string? idempotencyKey = null, CancellationToken ct = default)
    {
        var results = new List<RunResult>();
        // The key is per instance, not per bookmark: a workflow that waits for the same event again (a loop) gets a new
        // bookmark, and a redelivery with the same key must not resume that one.
        foreach (var instance in (await store.FindBookmarksAsync(stimulus.ActivityType, stimulus.Hash, correlationId, ct)).GroupBy(b => b.InstanceId))
        {
            var key = idempotencyKey is null ? null : $"{idempotencyKey}:{instance.Key}";
            var bookmarkIds = instance.Select(b => b.Id).ToList();
            if (await ResumeInstanceAsync(instance.Key, bookmarkIds, input, key, workId: null, ct) is { } resumed) results.Add(resumed);
        }
        foreach (var trigger in await store.FindTriggersAsync(stimulus.ActivityType, stimulus.Hash, ct))
        {
            var start = new StartWorkflowRequest
            {
                DefinitionId = trigger.DefinitionId,
                DefinitionVersionId = trigger.DefinitionVersionId,
                TriggerActivityNodeId = trigger.ActivityNodeId,
                CorrelationId = correlationId,
                // The same input a waiting bookmark receives (an event's data is its "payload" member), so an
                // Event reads its payload alike whether it starts the workflow or resumes it.
                Input = input?.DeepClone().AsObject(),
                IdempotencyKey = idempotencyKey is null ? null : $"{idempotencyKey}:{trigger.Id}",
            };
            try { results.Add(await StartAsync(start, ct)); }
            catch (DuplicateResumeException) { /* this trigger already started an instance for the key */ }
        }
        return results;
    }

    public Task<RunResult?> CancelAsync(string instanceId, CancellationToken ct = default) =>
        UnderLockAsync(instanceId, workflow =>
        {
            if (workflow.IsFinished) return false;
            foreach (var context in workflow.ActivityContexts.Where(c => c.Parent is null).ToList()) context.Cancel();
            WorkflowRunner.FinishWorkflow(workflow, WorkflowSubStatus.Cancelled);
            return true;
        }, ct);

    /// <summary>Runs a faulted instance again from the step that failed.</summary>
    public Task<RunResult?> RetryAsync(string instanceId, CancellationToken ct = default) =>
        UnderLockAsync(instanceId, workflow =>
        {
            if (!workflow.IsFaulted) return false;
            foreach (var context in workflow.ActivityContexts.Where(c => c.Status == ActivityStatus.Faulted))
                context.State.Status = ActivityStatus.Pending;
            workflow.State.SubStatus = WorkflowSubStatus.Executing;
            return true;
        }, ct);

    /// <summary>Loads the instance under its lock, lets <paramref name="prepare"/> queue work, runs and commits; retries lost races.</summary>
    private async Task<RunResult?> UnderLockAsync(string instanceId, Func<WorkflowExecutionContext, bool> prepare, CancellationToken ct)
    {
        using var _ = await locks.AcquireAsync(instanceId, ct);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.LoadInstanceAsync(instanceId, ct);
            if (stored is null) return null;
            var graph = await graphs.GetAsync(stored.State.DefinitionVersionId, ct);
            var workflow = new WorkflowExecutionContext(stored.State, graph, environment, stored.Revision, ct);
            if (!prepare(workflow)) return null;
            try
            {
                await RunAndCommitAsync(workflow);
                return new RunResult(workflow.State);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxConflictRetries)
            {
                LogConflict(logger, instanceId, attempt);
            }
            catch (DuplicateResumeException)
            {
                return null;
            }
        }
    }

    private async Task RunAndCommitAsync(WorkflowExecutionContext workflow)
    {
        if (!workflow.IsFinished) await WorkflowRunner.RunAsync(workflow);
        workflow.State.UpdatedAt = workflow.UtcNow;
        await store.CommitAsync(workflow.Commit, workflow.CancellationToken);
        if (workflow.Commit.AddedWork.Count > 0) signal.Notify();
    }

    [LoggerMessage(LogLevel.Debug, "Instance {InstanceId} changed concurrently; attempt {Attempt} runs again.")]
    private static partial void LogConflict(ILogger logger, string instanceId, int attempt);
}
