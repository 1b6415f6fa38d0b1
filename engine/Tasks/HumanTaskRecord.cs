namespace CongVu.Engine.Tasks;

/// <summary>
/// A task waiting for a person: the index row behind a UserTask bookmark (same id), kept in the same
/// transaction as the instance so inboxes can be queried without loading workflow state.
/// </summary>
public sealed class HumanTaskRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityNodeId { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>Open, Completed or Cancelled.</summary>
    public string Status { get; set; } = HumanTaskStatus.Open;
    public string? AssigneeUserId { get; set; }

    /// <summary>Users who may claim the task, separated by ';' with a leading and trailing ';' for exact matching.</summary>
    public string? CandidateUsers { get; set; }
    public string? ExcludedUsers { get; set; }
    public string? UnitId { get; set; }
    public string? SubmitterUserId { get; set; }
    public int Priority { get; set; }
    public DateTime? DueAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? Outcome { get; set; }

    /// <summary>Outcomes, form schema, document and anything else the task page shows, as JSON.</summary>
    public string Data { get; set; } = "{}";
}

/// <summary>Values of <see cref="HumanTaskRecord.Status"/>.</summary>
public static class HumanTaskStatus
{
    public const string Open = "Open";
    public const string Completed = "Completed";
    public const string Cancelled = "Cancelled";
}

/// <summary>One line of a task's history: created, claimed, reassigned, commented, reminded, escalated, completed...</summary>
public sealed class HumanTaskEventRecord
{
    public string Id { get; set; } = "";
    public string TaskId { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string Kind { get; set; } = "";
    public string? Comment { get; set; }
    public string? Data { get; set; }
}

/// <summary>Kinds of task history lines.</summary>
public static class HumanTaskEventKind
{
    public const string Created = "Created";
    public const string Claimed = "Claimed";
    public const string Released = "Released";
    public const string Reassigned = "Reassigned";
    public const string Delegated = "Delegated";
    public const string Completed = "Completed";
    public const string Cancelled = "Cancelled";
    public const string Reminded = "Reminded";
    public const string Escalated = "Escalated";
    public const string TimedOut = "TimedOut";
}
