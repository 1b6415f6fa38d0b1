using CongVu.Engine.Outbox;
using CongVu.Engine.Scheduling.Time;
using CongVu.Engine.Tasks;
using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Email;

/// <summary>
/// The host's <see cref="IHumanTaskNotifier"/>: one e-mail per recipient of a task event (see <see cref="TaskRecipients"/>),
/// rendered from <c>templates/email/task-{assigned|reminder|escalation|completed}</c>, each with that recipient's signed link.
/// Dedupe key: <c>task:{taskId}:{kind}:{level}:{recipientUserId}</c>, with <c>:{outcome}</c> appended for Completed,
/// so a notification composed twice (a retried commit) is queued once. People without an e-mail address are skipped.
/// </summary>
public sealed partial class TaskMailComposer(
    IDbContextFactory<PeopleDbContext> people,
    EmailTemplates templates,
    TaskLinks links,
    IClock clock,
    ILogger<TaskMailComposer> logger) : IHumanTaskNotifier
{
    public async ValueTask<IReadOnlyList<OutboxMessageRecord>> ComposeAsync(HumanTaskNotification notification, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (TemplateFor(notification.Kind) is not { } template) return [];
        var task = notification.Task;
        await using var db = await people.CreateDbContextAsync(ct);
        var recipients = await TaskRecipients.ResolveAsync(db, notification, ct);
        if (recipients.Count == 0)
        {
            LogNobody(logger, notification.Kind, task.Id);
            return [];
        }
        var named = recipients.Concat([task.AssigneeUserId, task.SubmitterUserId, task.CompletedBy, notification.ActorUserId]).OfType<string>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => named.Contains(u.Id)).ToDictionaryAsync(u => u.Id, StringComparer.Ordinal, ct);
        var unitName = task.UnitId is null ? null : await db.Units.AsNoTracking().Where(u => u.Id == task.UnitId).Select(u => u.Name).FirstOrDefaultAsync(ct);

        var now = clock.UtcNow.UtcDateTime;
        var messages = new List<OutboxMessageRecord>();
        foreach (var id in recipients)
        {
            if (!users.TryGetValue(id, out var user) || string.IsNullOrWhiteSpace(user.Email))
            {
                LogNoAddress(logger, id, notification.Kind, task.Id);
                continue;
            }
            var model = TaskMailModel.Create(notification, user, users, unitName, links.Create(user.Id, task.Id), links.ExpiresAt);
            var email = templates.Render(template, model);
            var payload = new EmailPayload([new EmailRecipient(user.Email, user.FullName)], email.Subject, email.Html, email.Text);
            messages.Add(payload.ToOutboxMessage(DedupeKey(notification, id), now));
        }
        return messages;
    }

    /// <summary><c>task:{taskId}:{kind}:{level}:{recipientUserId}</c>, plus <c>:{outcome}</c> for Completed.</summary>
    public static string DedupeKey(HumanTaskNotification notification, string recipientUserId)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var key = $"task:{notification.Task.Id}:{notification.Kind}:{notification.Level}:{recipientUserId}";
        return notification.Kind == HumanTaskNotificationKind.Completed ? $"{key}:{notification.Task.Outcome}" : key;
    }

    /// <summary>The template of a notification kind, or null for kinds that send nothing.</summary>
    public static string? TemplateFor(string kind) => kind switch
    {
        HumanTaskNotificationKind.Assigned => "task-assigned",
        HumanTaskNotificationKind.Reminder => "task-reminder",
        HumanTaskNotificationKind.Escalation => "task-escalation",
        HumanTaskNotificationKind.Completed => "task-completed",
        _ => null,
    };

    [LoggerMessage(LogLevel.Information, "No recipient for the {Kind} e-mail of task {TaskId}.")]
    private static partial void LogNobody(ILogger logger, string kind, string taskId);

    [LoggerMessage(LogLevel.Warning, "User {UserId} has no e-mail address; the {Kind} e-mail of task {TaskId} is not sent to them.")]
    private static partial void LogNoAddress(ILogger logger, string userId, string kind, string taskId);
}
