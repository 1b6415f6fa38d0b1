using CongVu.Engine.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Descriptors;

/// <summary>The instance viewer's activity executions: records, summaries and per-activity counts, all read from the journal.</summary>
public static class ActivityExecutionsApi
{
    public static RouteGroupBuilder MapActivityExecutionsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/activity-executions/list", ListAsync).WithTags("Activity executions");
        api.MapGet("/activity-executions/by-id", GetByIdAsync).WithTags("Activity executions");
        api.MapGet("/activity-execution-summaries/list", ListSummariesAsync).WithTags("Activity executions");
        api.MapPost("/activity-executions/report", ReportAsync).WithTags("Activity executions");
        return api;
    }

    private static async Task<Ok<ItemList<ActivityExecutionRecordModel>>> ListAsync(
        string? workflowInstanceId, string? activityNodeId, string? activityId, IWorkflowStore store, CancellationToken ct) =>
        TypedResults.Ok(ItemList<ActivityExecutionRecordModel>.Of(await FindAsync(store, workflowInstanceId, activityNodeId, activityId, ct)));

    /// <summary>One execution by its id (the activity execution context id), as the instance viewer opens it after listing.</summary>
    private static async Task<Results<Ok<ActivityExecutionRecordModel>, NotFound>> GetByIdAsync(
        string? id, IDbContextFactory<EngineDbContext> factory, IWorkflowStore store, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(id)) return TypedResults.NotFound();
        string? instanceId;
        await using (var db = await factory.CreateDbContextAsync(ct))
            instanceId = await db.Journal.AsNoTracking().Where(j => j.ActivityContextId == id).Select(j => j.InstanceId).FirstOrDefaultAsync(ct);
        var record = instanceId is null ? null : (await ActivityExecutionJournal.LoadAsync(store, instanceId, ct)).Find(r => r.Id == id);
        return record is null ? TypedResults.NotFound() : TypedResults.Ok(record);
    }

    private static async Task<Ok<ItemList<ActivityExecutionSummaryModel>>> ListSummariesAsync(
        string? workflowInstanceId, string? activityNodeId, string? activityId, IWorkflowStore store, CancellationToken ct)
    {
        var records = await FindAsync(store, workflowInstanceId, activityNodeId, activityId, ct);
        return TypedResults.Ok(ItemList<ActivityExecutionSummaryModel>.Of(records.Select(r => r.ToSummary()).ToList()));
    }

    /// <summary>Counts per requested node (or activity id); nodes that never ran are left out, as Elsa does.</summary>
    private static async Task<Ok<ActivityExecutionReport>> ReportAsync([FromBody] ActivityExecutionReportRequest? request, IWorkflowStore store, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request?.WorkflowInstanceId)) return TypedResults.Ok(new ActivityExecutionReport([]));
        var nodeIds = request.ActivityNodeIds?.ToHashSet(StringComparer.Ordinal);
        var activityIds = request.ActivityIds?.ToHashSet(StringComparer.Ordinal);
        var records = await ActivityExecutionJournal.LoadAsync(store, request.WorkflowInstanceId, ct);
        var stats = records
            .Where(r => nodeIds is { Count: > 0 } ? nodeIds.Contains(r.ActivityNodeId) : activityIds is { Count: > 0 } && activityIds.Contains(r.ActivityId))
            .GroupBy(r => r.ActivityNodeId, StringComparer.Ordinal)
            .Select(Stats)
            .ToList();
        return TypedResults.Ok(new ActivityExecutionReport(stats));
    }

    private static ActivityExecutionStats Stats(IGrouping<string, ActivityExecutionRecordModel> executions)
    {
        var started = executions.LongCount();
        var completed = executions.LongCount(r => r.Status == ElsaActivityStatus.Completed);
        return new ActivityExecutionStats(
            executions.First().ActivityId, executions.Key, started, completed, started - completed,
            IsBlocked: executions.Any(r => r.HasBookmarks),
            IsFaulted: executions.Any(r => r.Status == ElsaActivityStatus.Faulted),
            AggregateFaultCount: executions.Sum(r => r.AggregateFaultCount),
            Metadata: []);
    }

    private static async Task<List<ActivityExecutionRecordModel>> FindAsync(
        IWorkflowStore store, string? instanceId, string? nodeId, string? activityId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(instanceId)) return [];
        var records = await ActivityExecutionJournal.LoadAsync(store, instanceId, ct);
        if (!string.IsNullOrEmpty(nodeId)) return records.Where(r => r.ActivityNodeId == nodeId).ToList();
        if (!string.IsNullOrEmpty(activityId)) return records.Where(r => r.ActivityId == activityId).ToList();
        return records;
    }
}
