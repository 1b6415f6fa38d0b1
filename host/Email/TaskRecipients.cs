using CongVu.Engine.Tasks;
using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Email;

/// <summary>Who hears of a task event, by user id; the rules behind <see cref="TaskMailComposer"/>.</summary>
internal static class TaskRecipients
{
    /// <summary>
    /// Assigned and Reminder: the assignee, or every candidate (less the excluded) of an unclaimed group task.
    /// Escalation: level 1 the head of the task's unit, each further level the head of the next supervisor unit up.
    /// Completed: the submitter.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ResolveAsync(PeopleDbContext db, HumanTaskNotification notification, CancellationToken ct)
    {
        var task = notification.Task;
        switch (notification.Kind)
        {
            case HumanTaskNotificationKind.Assigned or HumanTaskNotificationKind.Reminder:
                if (task.AssigneeUserId is { Length: > 0 } assignee) return [assignee];
                var excluded = Ids(task.ExcludedUsers).ToHashSet(StringComparer.Ordinal);
                return [.. Ids(task.CandidateUsers).Where(id => !excluded.Contains(id)).Distinct(StringComparer.Ordinal)];
            case HumanTaskNotificationKind.Escalation:
                return await HeadAsync(db, task.UnitId, Math.Max(notification.Level, 1), ct) is { } head ? [head] : [];
            case HumanTaskNotificationKind.Completed:
                return task.SubmitterUserId is { Length: > 0 } submitter ? [submitter] : [];
            default:
                return [];
        }
    }

    /// <summary>The ids of a <c>;id;id;</c> list.</summary>
    public static IEnumerable<string> Ids(string? list) => (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static async Task<string?> HeadAsync(PeopleDbContext db, string? unitId, int level, CancellationToken ct)
    {
        var unit = unitId is null ? null : await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        for (var step = 1; step < level && unit is not null; step++)
        {
            var up = unit.SupervisorUnitId;
            unit = up is null ? null : await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == up, ct);
        }
        return unit?.HeadUserId;
    }
}
