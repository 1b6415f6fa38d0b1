using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Scheduling.Time;
using CongVu.Engine.Tasks;

namespace CongVu.Host.Tasks;

/// <summary>
/// Plans a task's deadline work in working days around its due date: reminders before it, escalations (levels 1 and 2)
/// after it, and the automatic outcome. Every row names the task as its bookmark, so all go when the task is done.
/// </summary>
internal static class TaskSchedule
{
    public static string TimeoutWorkId(string taskId) => $"task-{taskId}-timeout";

    public static IEnumerable<ScheduledWork> Plan(HumanTaskRecord task, UserTaskSettings settings, EngineEnvironment environment, string token)
    {
        if (task.DueAt is not { } dueAt) yield break;
        var due = new DateTimeOffset(DateTime.SpecifyKind(dueAt, DateTimeKind.Utc));
        var now = environment.Clock.UtcNow;
        // A reminder whose day has already passed when the task is created would only be noise.
        foreach (var days in settings.Reminders.Distinct())
        {
            var at = Offset(due, -days, environment);
            if (at > now) yield return TaskNotifications.Plan(task, HumanTaskNotificationKind.Reminder, days, at);
        }
        for (var level = 1; level <= Math.Min(2, settings.Escalations.Count); level++)
            yield return TaskNotifications.Plan(task, HumanTaskNotificationKind.Escalation, level, Offset(due, settings.Escalations[level - 1], environment));
        if (settings.TimeoutOutcome is { } outcome)
        {
            yield return new ScheduledWork
            {
                Id = TimeoutWorkId(task.Id),
                Kind = ScheduledWorkKind.ResumeBookmark,
                DueAt = Offset(due, settings.TimeoutAfter, environment).UtcDateTime,
                InstanceId = task.InstanceId,
                BookmarkId = task.Id,
                Payload = new TaskResumeInput(outcome, Comment: null, UserId: null, Values: null, System: true, token).ToJson(),
            };
        }
    }

    private static DateTimeOffset Offset(DateTimeOffset due, int workingDays, EngineEnvironment environment) =>
        DeadlineSpec.Offset(due, workingDays, DeadlineUnit.WorkingDays, environment.TimeZone, environment.Calendar.Current);
}
