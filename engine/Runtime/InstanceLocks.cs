using System.Collections.Concurrent;

namespace CongVu.Engine.Runtime;

/// <summary>
/// One runner per instance at a time in this process. Across processes the instance revision
/// (optimistic concurrency) decides, and the loser reloads and runs again.
/// </summary>
public sealed class InstanceLocks
{
    private readonly ConcurrentDictionary<string, Entry> _locks = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string instanceId, CancellationToken ct)
    {
        Entry entry;
        lock (_locks)
        {
            entry = _locks.GetOrAdd(instanceId, _ => new Entry());
            entry.Users++;
        }
        try
        {
            await entry.Semaphore.WaitAsync(ct);
        }
        catch
        {
            Leave(instanceId, entry);
            throw;
        }
        return new Lease(this, instanceId, entry);
    }

    private void Leave(string instanceId, Entry entry)
    {
        lock (_locks)
        {
            if (--entry.Users == 0) _locks.TryRemove(instanceId, out _);
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public int Users { get; set; }
    }

    private sealed class Lease(InstanceLocks owner, string instanceId, Entry entry) : IDisposable
    {
        public void Dispose()
        {
            entry.Semaphore.Release();
            owner.Leave(instanceId, entry);
        }
    }
}
