using System.Text.Json.Nodes;

namespace CongVu.Engine.Execution;

/// <summary>
/// Everything one execution burst changed, written by the store in a single transaction: the instance
/// state, bookmark and timer index rows, journal lines and incidents. Nothing is persisted piecemeal.
/// </summary>
public sealed class WorkflowCommit
{
    public required WorkflowState State { get; init; }

    /// <summary>The revision read before running; 0 for a new instance. A mismatch means a lost race.</summary>
    public long ExpectedRevision { get; init; }

    public List<BookmarkState> AddedBookmarks { get; } = [];
    public List<string> RemovedBookmarkIds { get; } = [];
    public List<ScheduledWork> AddedWork { get; } = [];
    public List<string> RemovedWorkIds { get; } = [];
    public List<JournalEntry> Journal { get; } = [];
    public List<IncidentState> NewIncidents { get; } = [];

    /// <summary>Human task rows to insert or replace (a task's id is its bookmark's id).</summary>
    public List<Tasks.HumanTaskRecord> Tasks { get; } = [];
    public List<Tasks.HumanTaskEventRecord> TaskEvents { get; } = [];

    /// <summary>Messages caused by this burst; a message whose dedupe key exists is skipped.</summary>
    public List<Outbox.OutboxMessageRecord> Outbox { get; } = [];

    /// <summary>A caller-supplied key making a resume act once however often it is delivered.</summary>
    public string? IdempotencyKey { get; set; }
}

/// <summary>One line of an instance's execution journal.</summary>
public sealed record JournalEntry(
    string Id,
    string InstanceId,
    long Sequence,
    DateTime Timestamp,
    string ActivityId,
    string ActivityNodeId,
    string ActivityType,
    string ActivityContextId,
    string EventName,
    string? Message,
    JsonObject? Payload);

/// <summary>Durable work due at a time: a timer resuming a bookmark, a scheduled or dispatched start.</summary>
public sealed class ScheduledWork
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public ScheduledWorkKind Kind { get; set; }
    public DateTime DueAt { get; set; }
    public string? InstanceId { get; set; }
    public string? BookmarkId { get; set; }
    public string? DefinitionId { get; set; }
    public string? DefinitionVersionId { get; set; }
    public string? ActivityId { get; set; }
    public JsonObject? Payload { get; set; }
}

/// <summary>What a scheduled work item does when due.</summary>
public enum ScheduledWorkKind
{
    /// <summary>Resume a bookmark (a timer, or a child workflow reporting back to its parent).</summary>
    ResumeBookmark,

    /// <summary>Start a new instance (dispatch); the payload carries the start request.</summary>
    StartWorkflow,

    /// <summary>Fire a schedule trigger (cron, timer, start-at) of a published definition and plan the next one.</summary>
    ScheduleTrigger,

    /// <summary>Send a human task's reminder or escalation; the payload names the task, kind and level.</summary>
    TaskNotification,

    /// <summary>Deliver a stimulus to waiting bookmarks and triggers (<see cref="Runtime.Signals"/>); the payload carries it.</summary>
    Signal,
}
