using CongVu.Engine.Outbox;

namespace CongVu.Engine.Tasks;

/// <summary>
/// Turns a task event (assigned, reminder, escalation, completed) into messages. The host knows the
/// people, their addresses and the templates; the engine only commits what it returns atomically with
/// the change that caused it.
/// </summary>
public interface IHumanTaskNotifier
{
    ValueTask<IReadOnlyList<OutboxMessageRecord>> ComposeAsync(HumanTaskNotification notification, CancellationToken ct);
}

/// <summary>What happened to a task, for the notifier.</summary>
public sealed record HumanTaskNotification(string Kind, HumanTaskRecord Task, int Level = 0, string? ActorUserId = null, string? Comment = null);

/// <summary>Notification kinds; <see cref="HumanTaskEventKind"/> names are reused where they match.</summary>
public static class HumanTaskNotificationKind
{
    public const string Assigned = "Assigned";
    public const string Reminder = "Reminder";
    public const string Escalation = "Escalation";
    public const string Completed = "Completed";
}

/// <summary>The notifier when the host provides none: no messages.</summary>
public sealed class SilentTaskNotifier : IHumanTaskNotifier
{
    public ValueTask<IReadOnlyList<OutboxMessageRecord>> ComposeAsync(HumanTaskNotification notification, CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyList<OutboxMessageRecord>>([]);
}
