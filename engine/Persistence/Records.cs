namespace CongVu.Engine.Persistence;

/// <summary>A stored definition version; <see cref="Data"/> is the Elsa 3 definition JSON, other columns are for queries.</summary>
public sealed class DefinitionRecord
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public bool IsLatest { get; set; }
    public bool IsPublished { get; set; }
    public bool IsSystem { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string Data { get; set; } = "{}";
}

/// <summary>A stored instance: summary columns plus the full state as JSON.</summary>
public sealed class InstanceRecord
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public string DefinitionVersionId { get; set; } = "";
    public int Version { get; set; }
    public string Status { get; set; } = "";
    public string SubStatus { get; set; } = "";
    public string? CorrelationId { get; set; }
    public string? Name { get; set; }
    public string? ParentInstanceId { get; set; }
    public int IncidentCount { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>Incremented on every commit; the optimistic concurrency token.</summary>
    public long Revision { get; set; }
    public string State { get; set; } = "{}";
}

/// <summary>Index row of a bookmark, for lookup by id or by stimulus hash.</summary>
public sealed class BookmarkRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string Hash { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityNodeId { get; set; } = "";
    public string ContextId { get; set; } = "";
    public string? CorrelationId { get; set; }
    public string Payload { get; set; } = "{}";
    public DateTime CreatedAt { get; set; }
}

/// <summary>A published definition's trigger (event name, schedule) that starts new instances.</summary>
public sealed class TriggerRecord
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public string DefinitionVersionId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityNodeId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string? Hash { get; set; }
    public string Payload { get; set; } = "{}";
}

/// <summary>Durable work due at a time (timers, dispatched starts, schedule triggers); indexed by due time.</summary>
public sealed class ScheduledWorkRecord
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateTime DueAt { get; set; }
    public string? InstanceId { get; set; }
    public string? BookmarkId { get; set; }
    public string? DefinitionId { get; set; }
    public string? DefinitionVersionId { get; set; }
    public string? ActivityId { get; set; }
    public string? Payload { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

/// <summary>A journal line (Elsa's WorkflowExecutionLogRecord).</summary>
public sealed class JournalRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public long Sequence { get; set; }
    public DateTime Timestamp { get; set; }
    public string ActivityId { get; set; } = "";
    public string ActivityNodeId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string ActivityContextId { get; set; } = "";
    public string EventName { get; set; } = "";
    public string? Message { get; set; }
    public string? Payload { get; set; }
}

/// <summary>A fault raised in an instance, kept after the instance is retried.</summary>
public sealed class IncidentRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string Message { get; set; } = "";
    public string? ExceptionType { get; set; }
    public string? StackTrace { get; set; }
    public DateTime Timestamp { get; set; }
}

/// <summary>Keys of resumes already applied, so a duplicate delivery acts zero times.</summary>
public sealed class ResumeKeyRecord
{
    public string Key { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>A row of the editable holiday table: a holiday, or a weekend day swapped into a working day.</summary>
public sealed class CalendarDayRecord
{
    public DateOnly Date { get; set; }
    public string Kind { get; set; } = "Holiday";
    public string Name { get; set; } = "";
}
