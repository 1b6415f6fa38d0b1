using CongVu.Engine.Persistence;
using CongVu.Engine.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Inbox;

/// <summary>Reads the inbox lists straight from the engine's task tables (<see cref="InboxSql"/>), 50 rows a page.</summary>
public sealed class InboxQueries(IDbContextFactory<EngineDbContext> factory)
{
    public const int PageSize = 50;

    /// <summary>Deeper pages would only walk further along the index; nobody pages through ten thousand tasks.</summary>
    public const int MaxPage = 200;

    public async Task<InboxSlice> MineAsync(string userId, int page, CancellationToken ct)
    {
        var (skip, want) = Window(page);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await RowsAsync(db, InboxSql.MineDated, ct, ("user", userId), ("take", want), ("skip", skip));
        if (rows.Count < want)
        {
            // Undated tasks follow the dated ones; the page may start inside them, which needs how many dated ones there are.
            var dated = rows.Count > 0 ? skip + rows.Count : await CountAsync(db, InboxSql.MineDatedCount, ct, ("user", userId), ("cap", skip));
            rows.AddRange(await RowsAsync(db, InboxSql.MineUndated, ct, ("user", userId), ("take", want - rows.Count), ("skip", Math.Max(0, skip - dated))));
        }
        return Slice(rows, page);
    }

    /// <summary>Unclaimed group tasks offered to the user: those of <paramref name="unitId"/> (their unit) and those of no unit.</summary>
    public async Task<InboxSlice> ClaimableAsync(string userId, string? unitId, int page, CancellationToken ct)
    {
        var (skip, want) = Window(page);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await RowsAsync(db, InboxSql.Claimable, ct, ("unit", unitId ?? ""), ("candidate", $";{userId};"), ("take", want), ("skip", skip));
        return Slice(rows, page);
    }

    public async Task<InboxSlice> DoneAsync(string userId, int page, CancellationToken ct)
    {
        var (skip, want) = Window(page);
        await using var db = await factory.CreateDbContextAsync(ct);
        return Slice(await RowsAsync(db, InboxSql.Done, ct, ("user", userId), ("take", want), ("skip", skip)), page);
    }

    /// <summary>
    /// The history of the whole workflow instance, oldest first (so an approver reads the drafter's steps and earlier
    /// comments too), with the title of the task each line belongs to; at most the latest <paramref name="limit"/> lines.
    /// </summary>
    public async Task<IReadOnlyList<(HumanTaskEventRecord Line, string TaskTitle)>> HistoryAsync(string instanceId, int limit, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var lines = await db.HumanTasks.AsNoTracking().Where(t => t.InstanceId == instanceId)
            .Join(db.HumanTaskEvents.AsNoTracking(), t => t.Id, e => e.TaskId, (t, e) => new { Line = e, t.Title })
            .OrderByDescending(x => x.Line.At).Take(limit).ToListAsync(ct);
        return lines.Select(x => (x.Line, x.Title)).Reverse().ToList();
    }

    /// <summary>How many open tasks the user holds and how many of those are overdue, each stopping at <see cref="InboxSql.CountCap"/>.</summary>
    public async Task<(int Mine, int Overdue)> MineCountsAsync(string userId, DateTime utcNow, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var mine = await CountAsync(db, InboxSql.MineCount, ct, ("user", userId), ("cap", InboxSql.CountCap));
        var overdue = mine == 0 ? 0 : await CountAsync(db, InboxSql.OverdueCount, ct, ("user", userId), ("now", utcNow), ("cap", InboxSql.CountCap));
        return (mine, overdue);
    }

    /// <summary>How many group tasks the user may take, stopping at <see cref="InboxSql.CountCap"/>.</summary>
    public async Task<int> ClaimableCountAsync(string userId, string? unitId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await CountAsync(db, InboxSql.ClaimableCount, ct, ("unit", unitId ?? ""), ("candidate", $";{userId};"), ("cap", InboxSql.CountCap));
    }

    private static (int Skip, int Want) Window(int page) => ((Math.Clamp(page, 1, MaxPage) - 1) * PageSize, PageSize + 1);

    private static InboxSlice Slice(List<InboxRow> rows, int page)
    {
        foreach (var row in rows)
        {
            // Raw SQL rows skip the context's UTC conversion; every stored time is UTC.
            if (row.DueAt is { } due) row.DueAt = DateTime.SpecifyKind(due, DateTimeKind.Utc);
            if (row.DoneAt is { } done) row.DoneAt = DateTime.SpecifyKind(done, DateTimeKind.Utc);
        }
        return new InboxSlice(rows.Take(PageSize).ToList(), Math.Clamp(page, 1, MaxPage), rows.Count > PageSize);
    }

    private static Task<List<InboxRow>> RowsAsync(EngineDbContext db, string sql, CancellationToken ct, params (string Name, object Value)[] parameters) =>
        db.Database.SqlQueryRaw<InboxRow>(sql, Parameters(parameters)).ToListAsync(ct);

    private static async Task<int> CountAsync(EngineDbContext db, string sql, CancellationToken ct, params (string Name, object Value)[] parameters) =>
        (await db.Database.SqlQueryRaw<int>(sql, Parameters(parameters)).ToListAsync(ct)).Single();

    private static object[] Parameters((string Name, object Value)[] parameters) =>
        parameters.Select(p => (object)new SqliteParameter("@" + p.Name, p.Value)).ToArray();
}
