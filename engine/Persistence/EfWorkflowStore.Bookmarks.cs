using CongVu.Engine.Execution;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Engine.Persistence;

public sealed partial class EfWorkflowStore
{
    public Task<BookmarkRecord?> FindBookmarkAsync(string bookmarkId, CancellationToken ct = default) =>
        ReadAsync(db => db.Bookmarks.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookmarkId, ct), ct);

    public Task<IReadOnlyList<BookmarkRecord>> FindBookmarksAsync(string activityType, string hash, string? correlationId, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<BookmarkRecord>>(async db =>
        {
            var q = db.Bookmarks.AsNoTracking().Where(b => b.ActivityType == activityType && b.Hash == hash);
            if (correlationId is not null) q = q.Where(b => b.CorrelationId == correlationId);
            return await q.OrderBy(b => b.CreatedAt).ToListAsync(ct);
        }, ct);

    public Task<IReadOnlyList<BookmarkRecord>> ListBookmarksAsync(string instanceId, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<BookmarkRecord>>(async db => await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId).ToListAsync(ct), ct);

    public Task<IReadOnlyList<TriggerRecord>> FindTriggersAsync(string activityType, string hash, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<TriggerRecord>>(async db => await db.Triggers.AsNoTracking().Where(t => t.ActivityType == activityType && t.Hash == hash).ToListAsync(ct), ct);

    public Task<IReadOnlyList<ScheduledWorkRecord>> GetDueWorkAsync(DateTime now, int take, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<ScheduledWorkRecord>>(async db => await db.ScheduledWork.AsNoTracking().Where(w => w.DueAt <= now).OrderBy(w => w.DueAt).Take(take).ToListAsync(ct), ct);

    public Task<DateTime?> GetNextDueAtAsync(CancellationToken ct = default) =>
        ReadAsync(db => db.ScheduledWork.AsNoTracking().OrderBy(w => w.DueAt).Select(w => (DateTime?)w.DueAt).FirstOrDefaultAsync(ct), ct);

    public Task AddWorkAsync(ScheduledWorkRecord work, CancellationToken ct = default) =>
        WriteAsync(db =>
        {
            db.ScheduledWork.Add(work);
            return Task.FromResult(0);
        }, ct);

    public Task<bool> DeleteWorkAsync(string workId, CancellationToken ct = default) =>
        WriteAsync(async db => await db.ScheduledWork.Where(w => w.Id == workId).ExecuteDeleteAsync(ct) > 0, ct);

    public Task PostponeWorkAsync(string workId, DateTime dueAt, string error, CancellationToken ct = default) =>
        WriteAsync(async db => await db.ScheduledWork.Where(w => w.Id == workId).ExecuteUpdateAsync(u => u
            .SetProperty(w => w.DueAt, dueAt).SetProperty(w => w.LastError, error).SetProperty(w => w.Attempts, w => w.Attempts + 1), ct), ct);

    internal static BookmarkRecord ToRecord(BookmarkState b, WorkflowState s) => new()
    {
        Id = b.Id, InstanceId = s.Id, ActivityType = b.ActivityType, Hash = b.Hash, ActivityId = b.ActivityId,
        ActivityNodeId = b.ActivityNodeId, ContextId = b.ContextId, CorrelationId = s.CorrelationId,
        Payload = b.Payload.ToJsonString(EfWorkflowStore.Json), CreatedAt = b.CreatedAt,
    };

    internal static ScheduledWorkRecord ToRecord(ScheduledWork w) => new()
    {
        Id = w.Id, Kind = w.Kind.ToString(), DueAt = w.DueAt, InstanceId = w.InstanceId, BookmarkId = w.BookmarkId,
        DefinitionId = w.DefinitionId, DefinitionVersionId = w.DefinitionVersionId, ActivityId = w.ActivityId,
        Payload = w.Payload?.ToJsonString(EfWorkflowStore.Json),
    };

    internal static JournalRecord ToRecord(JournalEntry j) => new()
    {
        Id = j.Id, InstanceId = j.InstanceId, Sequence = j.Sequence, Timestamp = j.Timestamp, ActivityId = j.ActivityId,
        ActivityNodeId = j.ActivityNodeId, ActivityType = j.ActivityType, ActivityContextId = j.ActivityContextId,
        EventName = j.EventName, Message = j.Message, Payload = j.Payload?.ToJsonString(EfWorkflowStore.Json),
    };

    internal static IncidentRecord ToRecord(IncidentState i, string instanceId) => new()
    {
        Id = i.Id, InstanceId = instanceId, ActivityId = i.ActivityId, ActivityType = i.ActivityType, Message = i.Message,
        ExceptionType = i.ExceptionType, StackTrace = i.StackTrace, Timestamp = i.Timestamp,
    };

    internal static InstanceRecord ToRecord(WorkflowState s, long revision) => new()
    {
        Id = s.Id, DefinitionId = s.DefinitionId, DefinitionVersionId = s.DefinitionVersionId, Version = s.DefinitionVersion,
        Status = s.Status.ToString(), SubStatus = s.SubStatus.ToString(), CorrelationId = s.CorrelationId, Name = s.Name,
        ParentInstanceId = s.ParentInstanceId, IncidentCount = s.Incidents.Count, CreatedAt = s.CreatedAt, UpdatedAt = s.UpdatedAt,
        FinishedAt = s.FinishedAt, Revision = revision, State = System.Text.Json.JsonSerializer.Serialize(s, Json),
    };
}
