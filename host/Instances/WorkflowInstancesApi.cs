using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Host.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CongVu.Host.Instances;

/// <summary>Workflow instances: list, get, cancel, retry, delete, execution state, incidents.</summary>
public static class WorkflowInstancesApi
{
    public static RouteGroupBuilder MapWorkflowInstancesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workflow-instances").WithTags("Workflow instances");
        group.MapPost("/", (IWorkflowStore store, CancellationToken ct, [FromBody] InstanceListRequest? filter) => ListAsync(filter, store, ct));
        group.MapGet("/", ([AsParameters] InstanceListRequest filter, IWorkflowStore store, CancellationToken ct) => ListAsync(filter, store, ct));
        group.MapGet("/{id}", GetAsync);
        group.MapPost("/{id}/cancel", CancelAsync);
        group.MapPost("/{id}/retry", RetryAsync);
        group.MapDelete("/{id}", DeleteAsync);
        group.MapGet("/{id}/execution-state", GetExecutionStateAsync);
        group.MapGet("/{id}/incidents", ListIncidentsAsync);
        return api;
    }

    private static async Task<Ok<InstanceList>> ListAsync(InstanceListRequest? filter, IWorkflowStore store, CancellationToken ct)
    {
        var query = (filter ?? new InstanceListRequest(null, null, null, null, null, null, null, null, null, null, null, null)).ToStoreQuery();
        var page = await store.ListInstancesAsync(query, ct);
        return TypedResults.Ok(new InstanceList(page.Items.Select(InstanceSummary.From).ToList(), page.TotalCount, []));
    }

    private static async Task<Results<Ok<InstanceDetails>, ProblemHttpResult>> GetAsync(string id, IWorkflowStore store, CancellationToken ct) =>
        await store.LoadInstanceAsync(id, ct) is { } stored ? TypedResults.Ok(InstanceDetails.From(stored.State)) : Missing(id);

    private static async Task<Results<Ok<InstanceStatusResponse>, ProblemHttpResult>> CancelAsync(string id, WorkflowRuntime runtime, IWorkflowStore store, CancellationToken ct)
    {
        if (await runtime.CancelAsync(id, ct) is { } result) return TypedResults.Ok(InstanceStatusResponse.From(result.State));
        return await store.FindInstanceSummaryAsync(id, ct) is null ? Missing(id) : Conflict($"Workflow instance '{id}' has already finished.");
    }

    private static async Task<Results<Ok<InstanceStatusResponse>, ProblemHttpResult>> RetryAsync(string id, WorkflowRuntime runtime, IWorkflowStore store, CancellationToken ct)
    {
        if (await runtime.RetryAsync(id, ct) is { } result) return TypedResults.Ok(InstanceStatusResponse.From(result.State));
        return await store.FindInstanceSummaryAsync(id, ct) is null ? Missing(id) : Conflict($"Workflow instance '{id}' is not faulted; only faulted instances can be retried.");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, IWorkflowStore store, CancellationToken ct) =>
        await store.DeleteInstanceAsync(id, ct) ? TypedResults.NoContent() : Missing(id);

    private static async Task<Results<Ok<ExecutionStateResponse>, ProblemHttpResult>> GetExecutionStateAsync(string id, IWorkflowStore store, CancellationToken ct) =>
        await store.FindInstanceSummaryAsync(id, ct) is { } r
            ? TypedResults.Ok(new ExecutionStateResponse(r.Id, r.Status, r.SubStatus, ApiValues.Utc(r.UpdatedAt)))
            : Missing(id);

    private static async Task<Results<Ok<IncidentList>, ProblemHttpResult>> ListIncidentsAsync(string id, IWorkflowStore store, CancellationToken ct)
    {
        if (await store.FindInstanceSummaryAsync(id, ct) is null) return Missing(id);
        var incidents = await store.ListIncidentsAsync(id, ct);
        var items = incidents.Select(i => new IncidentItem(i.Id, i.ActivityId, i.ActivityType, i.Message, i.ExceptionType, i.StackTrace, ApiValues.Utc(i.Timestamp))).ToList();
        return TypedResults.Ok(new IncidentList(items, items.Count));
    }

    internal static ProblemHttpResult Missing(string id) => ApiProblems.NotFound($"Workflow instance '{id}' does not exist.");

    private static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
}

/// <summary>A recorded fault of an instance (kept after a retry).</summary>
public sealed record IncidentItem(string Id, string ActivityId, string ActivityType, string Message, string? ExceptionType, string? StackTrace, DateTimeOffset Timestamp);

/// <summary>The incidents of an instance.</summary>
public sealed record IncidentList(IReadOnlyList<IncidentItem> Items, int TotalCount);
