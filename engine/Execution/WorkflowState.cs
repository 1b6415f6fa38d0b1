using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CongVu.Engine.Execution;

/// <summary>Everything needed to continue a workflow instance; persisted as JSON with the instance.</summary>
public sealed class WorkflowState
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public string DefinitionVersionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string? CorrelationId { get; set; }
    public string? Name { get; set; }
    public string? ParentInstanceId { get; set; }

    /// <summary>The parent's bookmark to resume with this instance's output when it finishes.</summary>
    public string? ParentBookmarkId { get; set; }

    /// <summary>The trigger activity that started this instance, if any.</summary>
    public string? TriggerNodeId { get; set; }

    public bool TriggerConsumed { get; set; }
    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;
    public WorkflowSubStatus SubStatus { get; set; } = WorkflowSubStatus.Pending;
    public Dictionary<string, JsonNode?> Variables { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, JsonNode?> Input { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, JsonNode?> Output { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Engine- and host-level facts about the run (e.g. who acted last), not workflow variables.</summary>
    public Dictionary<string, JsonNode?> Properties { get; set; } = new(StringComparer.Ordinal);
    public List<ActivityContextState> ActivityContexts { get; set; } = [];
    public List<WorkItem> Queue { get; set; } = [];
    public List<BookmarkState> Bookmarks { get; set; } = [];
    public List<IncidentState> Incidents { get; set; } = [];
    public long JournalSequence { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
}

/// <summary>Elsa's workflow status.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkflowStatus>))]
public enum WorkflowStatus
{
    Running,
    Finished,
}

/// <summary>Elsa's workflow sub-status.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkflowSubStatus>))]
public enum WorkflowSubStatus
{
    Pending,
    Executing,
    Suspended,
    Finished,
    Cancelled,
    Faulted,
}

/// <summary>Status of one activity execution.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActivityStatus>))]
public enum ActivityStatus
{
    Pending,
    Running,
    Suspended,
    Completed,
    Canceled,
    Faulted,
}

/// <summary>The persisted part of one activity execution.</summary>
public sealed class ActivityContextState
{
    public string Id { get; set; } = "";
    public string NodeId { get; set; } = "";
    public string? ParentId { get; set; }
    public ActivityStatus Status { get; set; }
    public JsonObject Properties { get; set; } = [];
    public DateTime StartedAt { get; set; }
}

/// <summary>What the scheduler has yet to do.</summary>
public sealed class WorkItem
{
    public WorkKind Kind { get; set; }
    public string ContextId { get; set; } = "";
    public string? ChildId { get; set; }
    public string? ChildNodeId { get; set; }
    public List<string>? Outcomes { get; set; }
    public string? BookmarkId { get; set; }

    /// <summary>The bookmark being resumed, kept when the resume faults so a retry can repeat it.</summary>
    public BookmarkState? RetryBookmark { get; set; }
}

/// <summary>Kinds of scheduled work.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkKind>))]
public enum WorkKind
{
    Execute,
    Resume,
    ChildCompleted,
}

/// <summary>A point where the instance waits, as kept in its state (the bookmark table indexes the same rows).</summary>
public sealed class BookmarkState
{
    public string Id { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string Hash { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityNodeId { get; set; } = "";
    public string ContextId { get; set; } = "";
    public JsonObject Payload { get; set; } = [];
    public DateTime? DueAt { get; set; }
    public bool AutoBurn { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public JsonObject? ResumeInput { get; set; }
}

/// <summary>A fault raised while running an activity.</summary>
public sealed class IncidentState
{
    public string Id { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityNodeId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string ContextId { get; set; } = "";
    public string Message { get; set; } = "";
    public string? ExceptionType { get; set; }
    public string? StackTrace { get; set; }
    public DateTime Timestamp { get; set; }
}
