using System.Text.Json.Nodes;

namespace CongVu.Host.Descriptors;

/// <summary>Elsa's activity status (the engine's "Suspended" is Running with bookmarks).</summary>
public enum ElsaActivityStatus
{
    Pending,
    Running,
    Completed,
    Canceled,
    Faulted,
}

/// <summary>An exception as Elsa reports it on an activity execution.</summary>
public sealed record ExceptionState(string Type, string Message, string? StackTrace, ExceptionState? InnerException);

/// <summary>One execution of an activity (one activity execution context), as Elsa's ActivityExecutionRecord.</summary>
public sealed record ActivityExecutionRecordModel(
    string Id,
    string WorkflowInstanceId,
    string ActivityId,
    string ActivityNodeId,
    string ActivityType,
    int ActivityTypeVersion,
    string? ActivityName,
    JsonObject? ActivityState,
    JsonObject? Payload,
    JsonObject? Outputs,
    JsonObject Properties,
    JsonObject Metadata,
    ExceptionState? Exception,
    DateTimeOffset StartedAt,
    bool HasBookmarks,
    ElsaActivityStatus Status,
    int AggregateFaultCount,
    DateTimeOffset? CompletedAt)
{
    /// <summary>The same execution without its payloads.</summary>
    public ActivityExecutionSummaryModel ToSummary() => new(
        Id, WorkflowInstanceId, ActivityId, ActivityNodeId, ActivityType, ActivityTypeVersion, ActivityName,
        StartedAt, HasBookmarks, Status, [], AggregateFaultCount, CompletedAt);
}

/// <summary>One execution of an activity without payloads, as Elsa's ActivityExecutionRecordSummary.</summary>
public sealed record ActivityExecutionSummaryModel(
    string Id,
    string WorkflowInstanceId,
    string ActivityId,
    string ActivityNodeId,
    string ActivityType,
    int ActivityTypeVersion,
    string? ActivityName,
    DateTimeOffset StartedAt,
    bool HasBookmarks,
    ElsaActivityStatus Status,
    JsonObject Metadata,
    int AggregateFaultCount,
    DateTimeOffset? CompletedAt);

/// <summary>The body of <c>POST /activity-executions/report</c>; older clients send activity ids instead of node ids.</summary>
public sealed record ActivityExecutionReportRequest(string? WorkflowInstanceId, IReadOnlyList<string>? ActivityNodeIds, IReadOnlyList<string>? ActivityIds);

/// <summary>Execution counts per activity, which the instance viewer shows as badges on the designer.</summary>
public sealed record ActivityExecutionReport(IReadOnlyList<ActivityExecutionStats> Stats);

/// <summary>How often one activity (node) ran in an instance, and whether it is waiting or failed.</summary>
public sealed record ActivityExecutionStats(
    string ActivityId,
    string ActivityNodeId,
    long StartedCount,
    long CompletedCount,
    long UncompletedCount,
    bool IsBlocked,
    bool IsFaulted,
    int AggregateFaultCount,
    JsonObject Metadata);
