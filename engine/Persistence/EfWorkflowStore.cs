using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CongVu.Engine.Execution;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Engine.Persistence;

/// <summary>The EF Core store, for SQLite (the embedded default) and PostgreSQL.</summary>
public sealed partial class EfWorkflowStore(IDbContextFactory<EngineDbContext> factory, StoreWriteGate gate) : IWorkflowStore
{
    // Vietnamese text is stored as is (readable in SQL, a third of the size of \uXXXX escapes).
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private async Task<T> ReadAsync<T>(Func<EngineDbContext, Task<T>> read, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await read(db);
    }

    /// <summary>Runs a write in a transaction, one writer at a time where the provider needs it (SQLite).</summary>
    private async Task<T> WriteAsync<T>(Func<EngineDbContext, Task<T>> write, CancellationToken ct)
    {
        using var _ = await gate.EnterAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await write(db);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }

    public Task<IReadOnlyList<CalendarDayRecord>> ListCalendarDaysAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<CalendarDayRecord>>(async db => await db.CalendarDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync(ct), ct);

    public Task ReplaceCalendarDaysAsync(IReadOnlyCollection<CalendarDayRecord> days, CancellationToken ct = default) =>
        WriteAsync(async db =>
        {
            await db.CalendarDays.ExecuteDeleteAsync(ct);
            db.CalendarDays.AddRange(days);
            return 0;
        }, ct);
}

/// <summary>
/// Serialises writers in this process when the database allows one writer at a time (SQLite):
/// waiting here is cheaper and fairer than SQLite's sleep-and-retry busy handler.
/// </summary>
public sealed class StoreWriteGate(bool serialize)
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (!serialize) return NoOp.Instance;
        await _semaphore.WaitAsync(ct);
        return new Release(_semaphore);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }

    private sealed class NoOp : IDisposable
    {
        public static readonly NoOp Instance = new();
        public void Dispose() { }
    }
}
