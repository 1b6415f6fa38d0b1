using CongVu.Engine.Outbox;
using CongVu.Engine.Persistence;

namespace CongVu.Engine.Tasks;

/// <summary>Queries and assignment changes of human tasks, and the outbox queue; every write is one transaction.</summary>
public interface ITaskStore
{
    Task<HumanTaskRecord?> FindTaskAsync(string taskId, CancellationToken ct = default);
    Task<PagedList<HumanTaskRecord>> ListTasksAsync(TaskQuery query, CancellationToken ct = default);
    Task<IReadOnlyList<HumanTaskEventRecord>> ListTaskEventsAsync(string taskId, CancellationToken ct = default);

    /// <summary>
    /// Changes who holds an open task when it is still held by <paramref name="expectedAssignee"/>
    /// (null = unclaimed), writing the history line and messages with it; false when someone was faster.
    /// </summary>
    Task<bool> ChangeAssigneeAsync(string taskId, string? expectedAssignee, string? newAssignee, HumanTaskEventRecord historyLine, IReadOnlyCollection<OutboxMessageRecord> messages, CancellationToken ct = default);

    /// <summary>Records a reminder or escalation: removes its scheduled work, writes history and messages, together.</summary>
    Task CommitNotificationAsync(string workId, IReadOnlyCollection<HumanTaskEventRecord> historyLines, IReadOnlyCollection<OutboxMessageRecord> messages, CancellationToken ct = default);
}

/// <summary>Filter and paging for task lists; candidate matching is exact on user ids.</summary>
public sealed record TaskQuery
{
    public string? AssigneeUserId { get; init; }
    public string? CandidateUserId { get; init; }
    public bool UnclaimedOnly { get; init; }
    public IReadOnlyCollection<string>? UnitIds { get; init; }
    public string? Status { get; init; } = HumanTaskStatus.Open;
    public string? CompletedBy { get; init; }
    public string? InstanceId { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}

/// <summary>The outbox queue as the sender sees it.</summary>
public interface IOutboxStore
{
    /// <summary>Adds a message unless one with the same dedupe key exists; true when added.</summary>
    Task<bool> EnqueueAsync(OutboxMessageRecord message, CancellationToken ct = default);
    Task<IReadOnlyList<OutboxMessageRecord>> GetDueMessagesAsync(DateTime now, int take, CancellationToken ct = default);
    Task MarkSentAsync(string messageId, DateTime sentAt, CancellationToken ct = default);

    /// <summary>Records a failed attempt; with <paramref name="retryAt"/> null the message is given up (status Failed).</summary>
    Task MarkAttemptFailedAsync(string messageId, string error, DateTime? retryAt, CancellationToken ct = default);
    Task<PagedList<OutboxMessageRecord>> ListMessagesAsync(string? status, int skip, int take, CancellationToken ct = default);
}
