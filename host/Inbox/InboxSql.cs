namespace CongVu.Host.Inbox;

/// <summary>
/// The inbox's SQL (SQLite). Each statement reaches rows through an index of the engine's migration and reads at
/// most one page more than it shows; <c>tests/.../Inbox/InboxQueryPlanTests</c> checks the plans. Counts stop at <see cref="CountCap"/>.
/// </summary>
internal static class InboxSql
{
    public const int CountCap = 1000;

    private const string Columns = "Id, Title, DueAt, UnitId, json_extract(Data, '$.workflowName') AS WorkflowName";

    /// <summary>My open tasks with a due date, earliest (so overdue) first, in index order (AssigneeUserId, Status, DueAt, rowid).</summary>
    public const string MineDated = $"""
        SELECT {Columns}, NULL AS Outcome, NULL AS DoneAt FROM HumanTasks
        WHERE AssigneeUserId = @user AND Status = 'Open' AND DueAt IS NOT NULL
        ORDER BY DueAt, rowid LIMIT @take OFFSET @skip
        """;

    /// <summary>My open tasks without a due date, newest first; they follow the dated ones.</summary>
    public const string MineUndated = $"""
        SELECT {Columns}, NULL AS Outcome, NULL AS DoneAt FROM HumanTasks
        WHERE AssigneeUserId = @user AND Status = 'Open' AND DueAt IS NULL
        ORDER BY CreatedAt DESC, rowid DESC LIMIT @take OFFSET @skip
        """;

    public const string MineDatedCount = "SELECT COUNT(*) AS Value FROM (SELECT 1 FROM HumanTasks WHERE AssigneeUserId = @user AND Status = 'Open' AND DueAt IS NOT NULL LIMIT @cap)";

    public const string MineCount = "SELECT COUNT(*) AS Value FROM (SELECT 1 FROM HumanTasks WHERE AssigneeUserId = @user AND Status = 'Open' LIMIT @cap)";

    public const string OverdueCount = "SELECT COUNT(*) AS Value FROM (SELECT 1 FROM HumanTasks WHERE AssigneeUserId = @user AND Status = 'Open' AND DueAt < @now LIMIT @cap)";

    // Candidates are a ';id;id;' string no index can serve, so the search goes through the (UnitId, Status) index: group
    // tasks of the user's unit, and those without a unit (candidates from several units). The '+' keeps SQLite from
    // choosing the assignee index instead, which would read every unclaimed task of the organisation.
    private const string ClaimableRowIds = """
        SELECT rowid FROM HumanTasks WHERE UnitId = @unit AND Status = 'Open' AND +AssigneeUserId IS NULL AND instr(CandidateUsers, @candidate) > 0
        UNION ALL
        SELECT rowid FROM HumanTasks WHERE UnitId IS NULL AND Status = 'Open' AND +AssigneeUserId IS NULL AND instr(CandidateUsers, @candidate) > 0
        """;

    public const string Claimable = $"""
        SELECT {Columns}, NULL AS Outcome, NULL AS DoneAt FROM HumanTasks WHERE rowid IN ({ClaimableRowIds})
        ORDER BY DueAt IS NULL, DueAt, CreatedAt DESC, rowid LIMIT @take OFFSET @skip
        """;

    public const string ClaimableCount = $"SELECT COUNT(*) AS Value FROM ({ClaimableRowIds} LIMIT @cap)";

    /// <summary>Tasks I completed, newest first: through my history lines (UserId, At index), then each task by key.</summary>
    public const string Done = """
        SELECT t.Id, t.Title, t.DueAt, t.UnitId, json_extract(t.Data, '$.workflowName') AS WorkflowName, t.Outcome, e.At AS DoneAt
        FROM HumanTaskEvents e JOIN HumanTasks t ON t.Id = e.TaskId
        WHERE e.UserId = @user AND e.Kind = 'Completed'
        ORDER BY e.At DESC LIMIT @take OFFSET @skip
        """;
}
