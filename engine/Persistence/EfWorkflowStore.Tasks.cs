using CongVu.Engine.Outbox;
using CongVu.Engine.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Engine.Persistence;

public sealed partial class EfWorkflowStore : ITaskStore
{
    public Task<HumanTaskRecord?> FindTaskAsync(string taskId, CancellationToken ct = default) =>
        ReadAsync(db => db.HumanTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct), ct);

    public Task<PagedList<HumanTaskRecord>> ListTasksAsync(TaskQuery query, CancellationToken ct = default) =>
        ReadAsync(async db =>
        {
            var q = db.HumanTasks.AsNoTracking();
            if (query.Status is { } status) q = q.Where(t => t.Status == status);
            if (query.AssigneeUserId is { } assignee) q = q.Where(t => t.AssigneeUserId == assignee);
            if (query.CandidateUserId is { } candidate)
            {
                var token = $";{candidate};";
                q = q.Where(t => t.CandidateUsers != null && t.CandidateUsers.Contains(token));
            }
            if (query.UnclaimedOnly) q = q.Where(t => t.AssigneeUserId == null);
            if (query.UnitIds is { Count: > 0 } units) q = q.Where(t => t.UnitId != null && units.Contains(t.UnitId));
            if (query.CompletedBy is { } by) q = q.Where(t => t.CompletedBy == by);
            if (query.InstanceId is { } instance) q = q.Where(t => t.InstanceId == instance);
            var total = await q.CountAsync(ct);
            // Tasks with a due date first, earliest (so overdue) first; then the newest without one.
            q = query.CompletedBy is not null
                ? q.OrderByDescending(t => t.CompletedAt)
                : q.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenByDescending(t => t.CreatedAt);
            return new PagedList<HumanTaskRecord>(await q.Skip(query.Skip).Take(query.Take).ToListAsync(ct), total);
        }, ct);

    public Task<IReadOnlyList<HumanTaskEventRecord>> ListTaskEventsAsync(string taskId, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<HumanTaskEventRecord>>(async db =>
            await db.HumanTaskEvents.AsNoTracking().Where(e => e.TaskId == taskId).OrderBy(e => e.At).ToListAsync(ct), ct);

    public Task<bool> ChangeAssigneeAsync(string taskId, string? expectedAssignee, string? newAssignee, HumanTaskEventRecord historyLine,
        IReadOnlyCollection<OutboxMessageRecord> messages, CancellationToken ct = default) =>
        WriteAsync(async db =>
        {
            var changed = await db.HumanTasks
                .Where(t => t.Id == taskId && t.Status == HumanTaskStatus.Open && t.AssigneeUserId == expectedAssignee)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.AssigneeUserId, newAssignee).SetProperty(t => t.UpdatedAt, historyLine.At), ct);
            if (changed == 0) return false;
            db.HumanTaskEvents.Add(historyLine);
            await AddMessagesAsync(db, messages, ct);
            return true;
        }, ct);

    public Task CommitNotificationAsync(string workId, IReadOnlyCollection<HumanTaskEventRecord> historyLines,
        IReadOnlyCollection<OutboxMessageRecord> messages, CancellationToken ct = default) =>
        WriteAsync(async db =>
        {
            // Deleting the work row is the claim: if another host already did it, nothing more is written.
            if (await db.ScheduledWork.Where(w => w.Id == workId).ExecuteDeleteAsync(ct) == 0) return 0;
            db.HumanTaskEvents.AddRange(historyLines);
            await AddMessagesAsync(db, messages, ct);
            return 0;
        }, ct);

    /// <summary>Adds messages whose dedupe key is new; a repeated key means the message was already queued.</summary>
    private static async Task AddMessagesAsync(EngineDbContext db, IEnumerable<OutboxMessageRecord> messages, CancellationToken ct)
    {
        foreach (var message in messages)
        {
            if (db.Outbox.Local.Any(m => m.DedupeKey == message.DedupeKey) || await db.Outbox.AnyAsync(m => m.DedupeKey == message.DedupeKey, ct)) continue;
            db.Outbox.Add(message);
        }
    }

    /// <summary>Writes the task side of a workflow commit: cancel tasks whose bookmark went away, upsert the rest.</summary>
    private static async Task ApplyTaskChangesAsync(EngineDbContext db, Execution.WorkflowCommit commit, CancellationToken ct)
    {
        var touched = commit.Tasks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var cancelled = commit.RemovedBookmarkIds.Where(id => !touched.Contains(id)).ToList();
        if (cancelled.Count > 0)
        {
            var now = commit.State.UpdatedAt;
            await db.HumanTasks.Where(t => cancelled.Contains(t.Id) && t.Status == HumanTaskStatus.Open)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.Status, HumanTaskStatus.Cancelled).SetProperty(t => t.UpdatedAt, now), ct);
        }
        foreach (var task in commit.Tasks)
        {
            if (await db.HumanTasks.AnyAsync(t => t.Id == task.Id, ct)) db.HumanTasks.Update(task);
            else db.HumanTasks.Add(task);
        }
        db.HumanTaskEvents.AddRange(commit.TaskEvents);
        await AddMessagesAsync(db, commit.Outbox, ct);
    }
}
