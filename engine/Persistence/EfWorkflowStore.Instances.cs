using System.Text.Json;
using CongVu.Engine.Execution;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Engine.Persistence;

public sealed partial class EfWorkflowStore
{
    public Task<StoredInstance?> LoadInstanceAsync(string instanceId, CancellationToken ct = default) =>
        ReadAsync(async db =>
        {
            var row = await db.Instances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => new { i.State, i.Revision }).FirstOrDefaultAsync(ct);
            return row is null ? null : new StoredInstance(JsonSerializer.Deserialize<WorkflowState>(row.State, Json)!, row.Revision);
        }, ct);

    public Task<InstanceRecord?> FindInstanceSummaryAsync(string instanceId, CancellationToken ct = default) =>
        ReadAsync(db => Summaries(db.Instances.AsNoTracking().Where(i => i.Id == instanceId)).FirstOrDefaultAsync(ct), ct);

    private static IQueryable<InstanceRecord> Summaries(IQueryable<InstanceRecord> q) => q.Select(i => new InstanceRecord
    {
        Id = i.Id, DefinitionId = i.DefinitionId, DefinitionVersionId = i.DefinitionVersionId, Version = i.Version,
        Status = i.Status, SubStatus = i.SubStatus, CorrelationId = i.CorrelationId, Name = i.Name,
        ParentInstanceId = i.ParentInstanceId, IncidentCount = i.IncidentCount, CreatedAt = i.CreatedAt,
        UpdatedAt = i.UpdatedAt, FinishedAt = i.FinishedAt, Revision = i.Revision,
    });

    public Task<long> CommitAsync(WorkflowCommit commit, CancellationToken ct = default) =>
        WriteAsync(async db =>
        {
            var s = commit.State;
            if (commit.IdempotencyKey is { } key)
            {
                if (await db.ResumeKeys.AnyAsync(k => k.Key == key, ct)) throw new DuplicateResumeException(key);
                db.ResumeKeys.Add(new ResumeKeyRecord { Key = key, InstanceId = s.Id, CreatedAt = s.UpdatedAt });
            }
            var revision = commit.ExpectedRevision + 1;
            var record = ToRecord(s, revision);
            if (commit.ExpectedRevision == 0)
            {
                // Revision 0 means "new": an instance already stored under that id is a lost race, like a stale revision.
                if (await db.Instances.AnyAsync(i => i.Id == s.Id, ct)) throw new ConcurrencyConflictException(s.Id);
                db.Instances.Add(record);
            }
            else
            {
                var updated = await db.Instances.Where(i => i.Id == s.Id && i.Revision == commit.ExpectedRevision)
                    .ExecuteUpdateAsync(u => u
                        .SetProperty(i => i.Status, record.Status).SetProperty(i => i.SubStatus, record.SubStatus)
                        .SetProperty(i => i.CorrelationId, record.CorrelationId).SetProperty(i => i.Name, record.Name)
                        .SetProperty(i => i.IncidentCount, record.IncidentCount).SetProperty(i => i.UpdatedAt, record.UpdatedAt)
                        .SetProperty(i => i.FinishedAt, record.FinishedAt).SetProperty(i => i.Revision, revision)
                        .SetProperty(i => i.State, record.State), ct);
                if (updated == 0) throw new ConcurrencyConflictException(s.Id);
            }
            if (commit.RemovedBookmarkIds.Count > 0)
                await db.Bookmarks.Where(b => commit.RemovedBookmarkIds.Contains(b.Id)).ExecuteDeleteAsync(ct);
            if (commit.RemovedWorkIds.Count > 0)
                await db.ScheduledWork.Where(w => commit.RemovedWorkIds.Contains(w.Id)).ExecuteDeleteAsync(ct);
            // Work tied to a bookmark (its timer, a task's reminders) goes when the bookmark goes.
            if (commit.RemovedBookmarkIds.Count > 0)
                await db.ScheduledWork.Where(w => w.BookmarkId != null && commit.RemovedBookmarkIds.Contains(w.BookmarkId)).ExecuteDeleteAsync(ct);
            await ApplyTaskChangesAsync(db, commit, ct);
            db.Bookmarks.AddRange(commit.AddedBookmarks.Select(b => ToRecord(b, s)));
            db.ScheduledWork.AddRange(commit.AddedWork.Select(ToRecord));
            db.Journal.AddRange(commit.Journal.Select(ToRecord));
            db.Incidents.AddRange(commit.NewIncidents.Select(i => ToRecord(i, s.Id)));
            return revision;
        }, ct);

    public Task<PagedList<InstanceRecord>> ListInstancesAsync(InstanceQuery query, CancellationToken ct = default) =>
        ReadAsync(async db =>
        {
            var q = db.Instances.AsNoTracking();
            if (query.DefinitionIds is { Count: > 0 } d) q = q.Where(i => d.Contains(i.DefinitionId));
            if (query.DefinitionVersionIds is { Count: > 0 } v) q = q.Where(i => v.Contains(i.DefinitionVersionId));
            if (query.SubStatuses is { Count: > 0 } ss) q = q.Where(i => ss.Contains(i.SubStatus));
            if (query.Statuses is { Count: > 0 } st) q = q.Where(i => st.Contains(i.Status));
            if (query.CorrelationId is { } c) q = q.Where(i => i.CorrelationId == c);
            if (!string.IsNullOrWhiteSpace(query.SearchTerm))
                q = q.Where(i => i.Id == query.SearchTerm || i.CorrelationId == query.SearchTerm || (i.Name != null && i.Name.Contains(query.SearchTerm)));
            var total = await q.CountAsync(ct);
            q = query.Descending ? q.OrderByDescending(i => i.CreatedAt) : q.OrderBy(i => i.CreatedAt);
            var items = await Summaries(q.Skip(query.Skip).Take(query.Take)).ToListAsync(ct);
            return new PagedList<InstanceRecord>(items, total);
        }, ct);

    public Task<bool> DeleteInstanceAsync(string instanceId, CancellationToken ct = default) =>
        WriteAsync(async db =>
        {
            await db.Bookmarks.Where(b => b.InstanceId == instanceId).ExecuteDeleteAsync(ct);
            await db.ScheduledWork.Where(w => w.InstanceId == instanceId).ExecuteDeleteAsync(ct);
            await db.Journal.Where(j => j.InstanceId == instanceId).ExecuteDeleteAsync(ct);
            await db.Incidents.Where(j => j.InstanceId == instanceId).ExecuteDeleteAsync(ct);
            return await db.Instances.Where(i => i.Id == instanceId).ExecuteDeleteAsync(ct) > 0;
        }, ct);

    public Task<PagedList<JournalRecord>> ListJournalAsync(string instanceId, int skip, int take, CancellationToken ct = default) =>
        ReadAsync(async db =>
        {
            var q = db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId);
            var total = await q.CountAsync(ct);
            var items = await q.OrderBy(j => j.Sequence).Skip(skip).Take(take).ToListAsync(ct);
            return new PagedList<JournalRecord>(items, total);
        }, ct);

    public Task<IReadOnlyList<IncidentRecord>> ListIncidentsAsync(string instanceId, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<IncidentRecord>>(async db => await db.Incidents.AsNoTracking().Where(i => i.InstanceId == instanceId).OrderBy(i => i.Timestamp).ToListAsync(ct), ct);
}
