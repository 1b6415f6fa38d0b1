using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Host.Api;

namespace CongVu.Host.Instances;

/// <summary>The instance state in Elsa's WorkflowState shape, plus our variables.</summary>
public sealed record ElsaWorkflowState(
    string Id,
    string DefinitionId,
    string DefinitionVersionId,
    int DefinitionVersion,
    string? CorrelationId,
    string? Name,
    WorkflowStatus Status,
    WorkflowSubStatus SubStatus,
    IReadOnlyList<ElsaBookmark> Bookmarks,
    IReadOnlyList<ElsaIncident> Incidents,
    ElsaFault? Fault,
    IReadOnlyList<object> CompletionCallbacks,
    IReadOnlyList<ElsaActivityContext> ActivityExecutionContexts,
    IReadOnlyDictionary<string, JsonNode?> Input,
    IReadOnlyDictionary<string, JsonNode?> Output,
    IReadOnlyDictionary<string, JsonNode?> Properties,
    IReadOnlyDictionary<string, JsonNode?> Variables,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt)
{
    public static ElsaWorkflowState From(WorkflowState s)
    {
        var incidents = s.Incidents.Select(i => new ElsaIncident(
            i.ActivityId, i.ActivityNodeId, i.ActivityType, i.Message,
            new ElsaException(i.ExceptionType, i.Message, i.StackTrace), ApiValues.Utc(i.Timestamp))).ToList();
        var fault = s.SubStatus == WorkflowSubStatus.Faulted && s.Incidents.LastOrDefault() is { } last
            ? new ElsaFault(new ElsaException(last.ExceptionType, last.Message, last.StackTrace), last.Message, last.ActivityId)
            : null;
        return new ElsaWorkflowState(
            s.Id, s.DefinitionId, s.DefinitionVersionId, s.DefinitionVersion, s.CorrelationId, s.Name, s.Status, s.SubStatus,
            s.Bookmarks.Select(b => new ElsaBookmark(b.Id, b.ActivityType, b.Hash, b.Payload, b.ActivityId, b.ActivityNodeId,
                b.ContextId, ApiValues.Utc(b.CreatedAt), b.AutoBurn, ApiValues.Utc(b.DueAt))).ToList(),
            incidents, fault, [],
            s.ActivityContexts.Select(c => new ElsaActivityContext(c.Id, c.ParentId, c.NodeId, c.Status.ToString(), c.Properties, ApiValues.Utc(c.StartedAt))).ToList(),
            s.Input, s.Output, new Dictionary<string, JsonNode?>(), s.Variables,
            ApiValues.Utc(s.CreatedAt), ApiValues.Utc(s.UpdatedAt), ApiValues.Utc(s.FinishedAt));
    }
}

/// <summary>A bookmark as Elsa shows it (<see cref="Name"/> is the activity type).</summary>
public sealed record ElsaBookmark(string Id, string Name, string Hash, JsonObject Payload, string ActivityId, string ActivityNodeId,
    string ActivityInstanceId, DateTimeOffset CreatedAt, bool AutoBurn, DateTimeOffset? DueAt);

/// <summary>An activity fault (Elsa's ActivityIncident).</summary>
public sealed record ElsaIncident(string ActivityId, string ActivityNodeId, string ActivityType, string Message, ElsaException Exception, DateTimeOffset Timestamp);

/// <summary>Exception details of an incident or fault.</summary>
public sealed record ElsaException(string? Type, string Message, string? StackTrace);

/// <summary>Why a faulted instance stopped.</summary>
public sealed record ElsaFault(ElsaException Exception, string Message, string FaultedActivityId);

/// <summary>A live activity execution of the instance.</summary>
public sealed record ElsaActivityContext(string Id, string? ParentContextId, string ScheduledActivityNodeId, string Status, JsonObject Properties, DateTimeOffset StartedAt);
