namespace CongVu.Host.Inbox;

/// <summary>One line of an inbox list: only the columns the list shows, read without the task's full data.</summary>
public sealed class InboxRow
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public DateTime? DueAt { get; set; }
    public string? UnitId { get; set; }
    public string? WorkflowName { get; set; }
    public string? Outcome { get; set; }

    /// <summary>When the user completed the task (history list only).</summary>
    public DateTime? DoneAt { get; set; }

    /// <summary>The row's rowid, which puts the rows of a page back in their key order.</summary>
    public long Seq { get; set; }
}

/// <summary>One page of a list; <see cref="HasMore"/> comes from reading one row more than shown, so no count is needed.</summary>
public sealed record InboxSlice(IReadOnlyList<InboxRow> Rows, int Page, bool HasMore);

/// <summary>The three lists of the inbox page, with bounded counts for the headings; a null count means "more than a page".</summary>
public sealed record InboxLists(InboxSlice Mine, InboxSlice Claimable, InboxSlice Done, int MineCount, int OverdueCount, int? ClaimableCount);
