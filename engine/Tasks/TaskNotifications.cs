using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;

namespace CongVu.Engine.Tasks;

/// <summary>
/// Sends a task's due reminders and escalations. The scheduled row is deleted in the same transaction
/// that writes the history line and the messages, so each one goes out exactly once, across restarts.
/// </summary>
public sealed class TaskNotifications(ITaskStore tasks, IHumanTaskNotifier notifier, EngineEnvironment environment)
{
    /// <summary>The scheduled row for one reminder or escalation of a task (its id makes it unique).</summary>
    public static ScheduledWork Plan(HumanTaskRecord task, string kind, int level, DateTimeOffset dueAt) => new()
    {
        Id = $"task-{task.Id}-{kind}-{level}",
        Kind = ScheduledWorkKind.TaskNotification,
        DueAt = dueAt.UtcDateTime,
        InstanceId = task.InstanceId,
        BookmarkId = task.Id,
        Payload = new JsonObject { ["taskId"] = task.Id, ["kind"] = kind, ["level"] = level },
    };

    /// <summary>Handles a due row; false when the task is no longer open (the row is then dropped).</summary>
    public async Task<bool> SendAsync(ScheduledWorkRecord work, CancellationToken ct)
    {
        var payload = JsonNode.Parse(work.Payload ?? "{}")!.AsObject();
        var task = await tasks.FindTaskAsync(payload["taskId"]!.GetValue<string>(), ct);
        if (task is not { Status: HumanTaskStatus.Open }) return false;
        var kind = payload["kind"]!.GetValue<string>();
        var level = payload["level"]?.GetValue<int>() ?? 0;
        var messages = await notifier.ComposeAsync(new HumanTaskNotification(kind, task, level), ct);
        var line = new HumanTaskEventRecord
        {
            Id = WorkflowExecutionContext.NewId(),
            TaskId = task.Id,
            InstanceId = task.InstanceId,
            At = environment.Clock.UtcNow.UtcDateTime,
            Kind = kind == HumanTaskNotificationKind.Escalation ? HumanTaskEventKind.Escalated : HumanTaskEventKind.Reminded,
            Data = new JsonObject { ["level"] = level, ["recipients"] = messages.Count }.ToJsonString(),
        };
        await tasks.CommitNotificationAsync(work.Id, [line], messages, ct);
        return true;
    }
}
