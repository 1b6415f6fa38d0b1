using CongVu.Engine.Outbox;
using CongVu.Engine.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Engine.Persistence;

public sealed partial class EfWorkflowStore : IOutboxStore
{
    public Task<bool> EnqueueAsync(OutboxMessageRecord message, CancellationToken ct = default) =>
        WriteAsync(async db =>
        {
            if (await db.Outbox.AnyAsync(m => m.DedupeKey == message.DedupeKey, ct)) return false;
            db.Outbox.Add(message);
            return true;
        }, ct);

    public Task<IReadOnlyList<OutboxMessageRecord>> GetDueMessagesAsync(DateTime now, int take, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<OutboxMessageRecord>>(async db => await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Take(take).ToListAsync(ct), ct);

    public Task MarkSentAsync(string messageId, DateTime sentAt, CancellationToken ct = default) =>
        WriteAsync(async db => await db.Outbox.Where(m => m.Id == messageId).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, sentAt)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, (string?)null), ct), ct);

    public Task MarkAttemptFailedAsync(string messageId, string error, DateTime? retryAt, CancellationToken ct = default) =>
        WriteAsync(async db => await db.Outbox.Where(m => m.Id == messageId).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Status, retryAt == null ? OutboxStatus.Failed : OutboxStatus.Pending)
            .SetProperty(m => m.NextAttemptAt, m => retryAt ?? m.NextAttemptAt)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, error), ct), ct);

    public Task<PagedList<OutboxMessageRecord>> ListMessagesAsync(string? status, int skip, int take, CancellationToken ct = default) =>
        ReadAsync(async db =>
        {
            var q = db.Outbox.AsNoTracking();
            if (status is not null) q = q.Where(m => m.Status == status);
            var total = await q.CountAsync(ct);
            return new PagedList<OutboxMessageRecord>(await q.OrderByDescending(m => m.CreatedAt).Skip(skip).Take(take).ToListAsync(ct), total);
        }, ct);
}
