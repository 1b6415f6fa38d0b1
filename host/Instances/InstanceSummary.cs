using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using CongVu.Host.Api;

namespace CongVu.Host.Instances;

/// <summary>An instance in lists (Elsa's WorkflowInstanceSummary).</summary>
public record InstanceSummary(
    string Id,
    string DefinitionId,
    string DefinitionVersionId,
    int Version,
    string Status,
    string SubStatus,
    string? CorrelationId,
    string? Name,
    int IncidentCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt)
{
    public static InstanceSummary From(InstanceRecord r) => new(
        r.Id, r.DefinitionId, r.DefinitionVersionId, r.Version, r.Status, r.SubStatus, r.CorrelationId, r.Name,
        r.IncidentCount, ApiValues.Utc(r.CreatedAt), ApiValues.Utc(r.UpdatedAt), ApiValues.Utc(r.FinishedAt));
}

/// <summary>One instance with its state (Elsa's WorkflowInstance).</summary>
public sealed record InstanceDetails(
    string Id,
    string DefinitionId,
    string DefinitionVersionId,
    int Version,
    string Status,
    string SubStatus,
    string? CorrelationId,
    string? Name,
    int IncidentCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt,
    ElsaWorkflowState WorkflowState)
    : InstanceSummary(Id, DefinitionId, DefinitionVersionId, Version, Status, SubStatus, CorrelationId, Name, IncidentCount, CreatedAt, UpdatedAt, FinishedAt)
{
    public static InstanceDetails From(WorkflowState s) => new(
        s.Id, s.DefinitionId, s.DefinitionVersionId, s.DefinitionVersion, s.Status.ToString(), s.SubStatus.ToString(),
        s.CorrelationId, s.Name, s.Incidents.Count, ApiValues.Utc(s.CreatedAt), ApiValues.Utc(s.UpdatedAt),
        ApiValues.Utc(s.FinishedAt), ElsaWorkflowState.From(s));
}

/// <summary>A page of instance summaries.</summary>
public sealed record InstanceList(IReadOnlyList<InstanceSummary> Items, int TotalCount, IReadOnlyList<Link> Links);

/// <summary>Where an instance stands after a command (cancel, retry, resume).</summary>
public sealed record InstanceStatusResponse(string WorkflowInstanceId, WorkflowStatus Status, WorkflowSubStatus SubStatus)
{
    public static InstanceStatusResponse From(WorkflowState s) => new(s.Id, s.Status, s.SubStatus);
}

/// <summary>What the studio polls while it shows an instance.</summary>
public sealed record ExecutionStateResponse(string Id, string Status, string SubStatus, DateTimeOffset UpdatedAt);
