namespace CongVu.Host.Inbox;

/// <summary>
/// The inbox's SQL (SQLite). Lists are read in two steps: the keys of one page, in index order and stopping as soon as the
/// page is full, then the shown columns of those rows only. <c>Inbox/InboxQueryPlanTests</c> checks that no statement reads a
/// task table from end to end; counts stop at <see cref="CountCap"/>.
/// </summary>
internal static class InboxSql
{
    public const int CountCap = 1000;

    /// <summary>My open tasks: the (AssigneeUserId, Status, DueAt) index alone answers the key queries.</summary>
    public const string Mine = "AssigneeUserId = @user AND Status = 'Open'";

    // Candidates are a ';id;id;' string no index can serve, so group tasks are found through the (UnitId, Status, DueAt)
    // index: those of the user's unit, and those without a unit (candidates from several units). The '+' keeps SQLite
    // from choosing the assignee index, which would read every unclaimed task of the organisation.
    public const string ClaimableInUnit = "UnitId = @unit AND Status = 'Open' AND +AssigneeUserId IS NULL AND instr(CandidateUsers, @candidate) > 0";
    public const string ClaimableWithoutUnit = "UnitId IS NULL AND Status = 'Open' AND +AssigneeUserId IS NULL AND instr(CandidateUsers, @candidate) > 0";

    /// <summary>Keys of tasks with a due date, earliest (so overdue) first: the index order, so the scan stops after @end rows.</summary>
    public static string DatedKeys(string partition) =>
        $"SELECT rowid AS Seq, DueAt AS At FROM HumanTasks WHERE {partition} AND DueAt IS NOT NULL ORDER BY DueAt, rowid LIMIT @end";

    /// <summary>Keys of tasks without a due date, newest first; they come after the dated ones.</summary>
    public static string UndatedKeys(string partition) =>
        $"SELECT rowid AS Seq, CreatedAt AS At FROM HumanTasks WHERE {partition} AND DueAt IS NULL ORDER BY CreatedAt DESC, rowid DESC LIMIT @end";

    /// <summary>The shown columns of one page of rows, by key (the task's data is read for these rows only).</summary>
    public const string Rows = """
        SELECT Id, Title, DueAt, UnitId, json_extract(Data, '$.workflowName') AS WorkflowName, NULL AS Outcome, NULL AS DoneAt, rowid AS Seq
        FROM HumanTasks WHERE rowid IN (SELECT value FROM json_each(@seqs))
        """;

    public const string MineCount = $"SELECT COUNT(*) AS Value FROM (SELECT 1 FROM HumanTasks WHERE {Mine} LIMIT @cap)";

    public const string OverdueCount = $"SELECT COUNT(*) AS Value FROM (SELECT 1 FROM HumanTasks WHERE {Mine} AND DueAt < @now LIMIT @cap)";

    /// <summary>Tasks I completed, newest first: through my history lines (UserId, At index), then each task by key.</summary>
    public const string Done = """
        SELECT t.Id, t.Title, t.DueAt, t.UnitId, json_extract(t.Data, '$.workflowName') AS WorkflowName, t.Outcome, e.At AS DoneAt, t.rowid AS Seq
        FROM HumanTaskEvents e JOIN HumanTasks t ON t.Id = e.TaskId
        WHERE e.UserId = @user AND e.Kind = 'Completed'
        ORDER BY e.At DESC LIMIT @take OFFSET @skip
        """;

    public static InboxPartition MinePartition { get; } = new(DatedKeys(Mine), UndatedKeys(Mine));
    public static InboxPartition ClaimableInUnitPartition { get; } = new(DatedKeys(ClaimableInUnit), UndatedKeys(ClaimableInUnit));
    public static InboxPartition ClaimableWithoutUnitPartition { get; } = new(DatedKeys(ClaimableWithoutUnit), UndatedKeys(ClaimableWithoutUnit));

    /// <summary>Every statement, by a name, for the plan test.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["MineDated"] = DatedKeys(Mine), ["MineUndated"] = UndatedKeys(Mine),
        ["ClaimableInUnitDated"] = DatedKeys(ClaimableInUnit), ["ClaimableInUnitUndated"] = UndatedKeys(ClaimableInUnit),
        ["ClaimableWithoutUnitDated"] = DatedKeys(ClaimableWithoutUnit), ["ClaimableWithoutUnitUndated"] = UndatedKeys(ClaimableWithoutUnit),
        ["Rows"] = Rows, ["MineCount"] = MineCount, ["OverdueCount"] = OverdueCount, ["Done"] = Done,
    };
}

/// <summary>The two key queries of one set of tasks a list is made of: with a due date, then without.</summary>
internal sealed record InboxPartition(string DatedKeys, string UndatedKeys);

/// <summary>A row's position in a list: its rowid and the time it is ordered by (UTC text compares as time).</summary>
internal sealed record InboxKey(long Seq, DateTime At);
