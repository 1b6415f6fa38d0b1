using System.Text.Json;
using CongVu.Engine.Persistence;
using CongVu.Engine.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Inbox;

/// <summary>Reads the inbox lists straight from the engine's task tables (<see cref="InboxSql"/>), 50 rows a page.</summary>
public sealed class InboxQueries(InboxDatabase database, IDbContextFactory<EngineDbContext> factory)
{
    public const int PageSize = 50;

    /// <summary>Deeper pages would only walk further along the index; nobody pages through ten thousand tasks.</summary>
    public const int MaxPage = 200;

    /// <summary>
    /// The three lists of the inbox page on one connection: my tasks (overdue first, then by due date, then undated ones,
    /// newest first), group tasks I may take (same order), and what I completed (newest first); with the headings' counts.
    /// </summary>
    public async Task<InboxLists> LoadAsync(string userId, string? unitId, (int Mine, int Claimable, int Done) pages, DateTime utcNow, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var mine = await PageAsync(db, [InboxSql.MinePartition], pages.Mine, ct, ("user", userId));
        var claimable = await PageAsync(db, unitId is null ? [InboxSql.ClaimableWithoutUnitPartition] : [InboxSql.ClaimableInUnitPartition, InboxSql.ClaimableWithoutUnitPartition],
            pages.Claimable, ct, ("unit", unitId ?? ""), ("candidate", $";{userId};"));
        var donePage = Math.Clamp(pages.Done, 1, MaxPage);
        var done = Slice(await InboxDatabase.QueryAsync(db, InboxSql.Done, Row, ct, ("user", userId), ("take", PageSize + 1), ("skip", (donePage - 1) * PageSize)), donePage);

        // Counts come from the first page when it holds the whole list; a longer list of mine pays for a capped, index-only
        // count. Group tasks have no index on their candidates, so beyond a page they are not counted ("50+").
        var (mineCount, overdue) = (mine.Page, mine.HasMore) is (1, false)
            ? (mine.Rows.Count, mine.Rows.Count(r => r.DueAt < utcNow))
            : (await CountAsync(db, InboxSql.MineCount, ct, ("user", userId)), await CountAsync(db, InboxSql.OverdueCount, ct, ("user", userId), ("now", utcNow)));
        var claimableCount = (claimable.Page, claimable.HasMore) is (1, false) ? claimable.Rows.Count : (int?)null;
        return new InboxLists(mine, claimable, done, mineCount, overdue, claimableCount);
    }

    /// <summary>
    /// The whole history of a workflow instance, oldest first (an approver reads the drafter's steps and earlier comments too),
    /// with the title of the task each line belongs to; at most the latest <paramref name="limit"/> lines.
    /// </summary>
    public async Task<IReadOnlyList<(HumanTaskEventRecord Line, string TaskTitle)>> HistoryAsync(string instanceId, int limit, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var lines = await db.HumanTasks.AsNoTracking().Where(t => t.InstanceId == instanceId)
            .Join(db.HumanTaskEvents.AsNoTracking(), t => t.Id, e => e.TaskId, (t, e) => new { Line = e, t.Title })
            .OrderByDescending(x => x.Line.At).Take(limit).ToListAsync(ct);
        return lines.Select(x => (x.Line, x.Title)).Reverse().ToList();
    }

    /// <summary>
    /// One page of a list made of <paramref name="partitions"/>: the first keys of each (dated, then undated if the page
    /// reaches them) are merged in list order, and only the page's rows are then read in full.
    /// </summary>
    private static async Task<InboxSlice> PageAsync(SqliteConnection db, IReadOnlyList<InboxPartition> partitions, int page, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        page = Math.Clamp(page, 1, MaxPage);
        var skip = (page - 1) * PageSize;
        var end = skip + PageSize + 1;
        var keys = new List<InboxKey>();
        foreach (var partition in partitions) keys.AddRange(await InboxDatabase.QueryAsync(db, partition.DatedKeys, Key, ct, [.. parameters, ("end", end)]));
        keys = keys.OrderBy(k => k.At).ThenBy(k => k.Seq).Take(end).ToList();
        if (keys.Count < end)
        {
            // Every dated task is in hand, so the undated ones follow directly.
            var undated = new List<InboxKey>();
            foreach (var partition in partitions) undated.AddRange(await InboxDatabase.QueryAsync(db, partition.UndatedKeys, Key, ct, [.. parameters, ("end", end - keys.Count)]));
            keys.AddRange(undated.OrderByDescending(k => k.At).ThenByDescending(k => k.Seq).Take(end - keys.Count));
        }
        var seqs = keys.Skip(skip).Select(k => k.Seq).ToList();
        if (seqs.Count == 0) return new InboxSlice([], page, HasMore: false);
        var position = seqs.Select((seq, i) => (seq, i)).ToDictionary(x => x.seq, x => x.i);
        var rows = await InboxDatabase.QueryAsync(db, InboxSql.Rows, Row, ct, ("seqs", JsonSerializer.Serialize(seqs)));
        return Slice(rows.OrderBy(r => position[r.Seq]).ToList(), page);
    }

    private static InboxSlice Slice(List<InboxRow> rows, int page) => new(rows.Take(PageSize).ToList(), page, rows.Count > PageSize);

    private static InboxKey Key(SqliteDataReader r) => new(r.GetInt64(0), r.GetDateTime(1));

    /// <summary>Columns in the order of <see cref="InboxSql.Rows"/> and <see cref="InboxSql.Done"/>.</summary>
    private static InboxRow Row(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        Title = r.GetString(1),
        DueAt = InboxDatabase.Utc(r, 2),
        UnitId = InboxDatabase.Text(r, 3),
        WorkflowName = InboxDatabase.Text(r, 4),
        Outcome = InboxDatabase.Text(r, 5),
        DoneAt = InboxDatabase.Utc(r, 6),
        Seq = r.GetInt64(7),
    };

    private static async Task<int> CountAsync(SqliteConnection db, string sql, CancellationToken ct, params (string Name, object Value)[] parameters) =>
        (await InboxDatabase.QueryAsync(db, sql, r => r.GetInt32(0), ct, [.. parameters, ("cap", InboxSql.CountCap)])).Single();
}
