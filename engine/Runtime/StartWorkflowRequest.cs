using System.Text.Json;
using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;

namespace CongVu.Engine.Runtime;

/// <summary>What to start: which definition (and version), with what input and correlation.</summary>
public sealed class StartWorkflowRequest
{
    public string DefinitionId { get; set; } = "";
    public string? DefinitionVersionId { get; set; }
    public string? VersionOptions { get; set; }
    public string? InstanceId { get; set; }
    public string? CorrelationId { get; set; }
    public string? Name { get; set; }
    public JsonObject? Input { get; set; }
    public string? TriggerActivityNodeId { get; set; }
    public string? ParentInstanceId { get; set; }
    public string? ParentBookmarkId { get; set; }

    /// <summary>A key making the start happen once however often it is requested.</summary>
    public string? IdempotencyKey { get; set; }

    internal VersionOptions Version => Persistence.VersionOptions.Parse(VersionOptions ?? "Published");

    public JsonObject ToJson() => JsonSerializer.SerializeToNode(this, EfWorkflowStore.Json)!.AsObject();

    public static StartWorkflowRequest FromJson(string json) => JsonSerializer.Deserialize<StartWorkflowRequest>(json, EfWorkflowStore.Json)!;
}

/// <summary>The instance after a start or resume.</summary>
public sealed record RunResult(WorkflowState State)
{
    public string InstanceId => State.Id;
    public WorkflowSubStatus SubStatus => State.SubStatus;
}

/// <summary>No definition (or no published version) with that id.</summary>
public sealed class WorkflowNotFoundException(string message) : Exception(message);
