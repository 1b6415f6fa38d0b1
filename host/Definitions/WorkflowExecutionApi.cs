using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Engine.Scheduling.Time;
using CongVu.Host.Api;
using CongVu.Host.Instances;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CongVu.Host.Definitions;

/// <summary>Running a definition: execute now (answer after the first burst) or dispatch to the scheduler.</summary>
public static class WorkflowExecutionApi
{
    public const string InstanceIdHeader = "x-elsa-workflow-instance-id";

    public static RouteGroupBuilder MapWorkflowExecutionApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workflow-definitions").WithTags("Workflow execution");
        group.MapPost("/{definitionId}/execute", ExecuteAsync);
        group.MapPost("/{definitionId}/dispatch", DispatchAsync);
        return api;
    }

    private static async Task<Ok<ExecuteWorkflowResponse>> ExecuteAsync(
        string definitionId, [FromBody] RunWorkflowRequest? request, WorkflowRuntime runtime, HttpResponse response, CancellationToken ct)
    {
        var result = await runtime.StartAsync(ToStart(definitionId, request), ct);
        response.Headers[InstanceIdHeader] = result.InstanceId;
        return TypedResults.Ok(new ExecuteWorkflowResponse(ElsaWorkflowState.From(result.State)));
    }

    private static async Task<Results<Ok<DispatchWorkflowResponse>, ProblemHttpResult>> DispatchAsync(
        string definitionId, [FromBody] RunWorkflowRequest? request, IWorkflowStore store, IClock clock, WorkSignal signal, CancellationToken ct)
    {
        var start = ToStart(definitionId, request);
        var version = ApiValues.ParseVersion(start.VersionOptions, VersionOptions.Published);
        if (await store.FindDefinitionAsync(definitionId, version, ct) is null)
            return ApiProblems.NotFound($"Workflow definition '{definitionId}' has no {start.VersionOptions} version.");
        start.InstanceId = WorkflowExecutionContext.NewId();
        await store.AddWorkAsync(new ScheduledWorkRecord
        {
            Id = WorkflowExecutionContext.NewId(),
            Kind = nameof(ScheduledWorkKind.StartWorkflow),
            DueAt = clock.UtcNow.UtcDateTime,
            InstanceId = start.InstanceId,
            DefinitionId = definitionId,
            Payload = start.ToJson().ToJsonString(),
        }, ct);
        signal.Notify();
        return TypedResults.Ok(new DispatchWorkflowResponse(start.InstanceId));
    }

    private static StartWorkflowRequest ToStart(string definitionId, RunWorkflowRequest? request)
    {
        var versionOptions = string.IsNullOrWhiteSpace(request?.VersionOptions) ? "Published" : request.VersionOptions;
        ApiValues.ParseVersion(versionOptions, VersionOptions.Published);
        return new StartWorkflowRequest
        {
            DefinitionId = definitionId,
            VersionOptions = versionOptions,
            Input = request?.Input,
            CorrelationId = request?.CorrelationId,
            Name = request?.Name,
        };
    }
}

/// <summary>Body of execute and dispatch; everything optional.</summary>
public sealed record RunWorkflowRequest(JsonObject? Input, string? CorrelationId, string? Name, string? VersionOptions);

/// <summary>Answer of execute: the instance state after its first burst.</summary>
public sealed record ExecuteWorkflowResponse(ElsaWorkflowState WorkflowState);

/// <summary>Answer of dispatch: the id the instance will have.</summary>
public sealed record DispatchWorkflowResponse(string WorkflowInstanceId);
