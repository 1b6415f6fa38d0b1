using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Tests.Crash;

/// <summary>
/// Reads the database a crashed host left behind and lists every broken promise of the atomic commit:
/// an instance's state, its bookmark rows and its timer rows must agree.
/// </summary>
internal static class StoreConsistency
{
    public static async Task<IReadOnlyList<string>> ProblemsAsync(string databasePath)
    {
        var options = new DbContextOptionsBuilder<EngineDbContext>().UseSqlite($"Data Source={databasePath}").Options;
        await using var db = new EngineDbContext(options);
        var instances = await db.Instances.AsNoTracking().Select(i => new { i.Id, i.SubStatus, i.State }).ToListAsync();
        var bookmarks = await db.Bookmarks.AsNoTracking().Select(b => new { b.Id, b.InstanceId }).ToListAsync();
        // Timer and resume rows only: a dispatched start names an instance that does not exist yet.
        var resumeKind = nameof(ScheduledWorkKind.ResumeBookmark);
        var work = await db.ScheduledWork.AsNoTracking().Where(w => w.Kind == resumeKind && w.InstanceId != null)
            .Select(w => new { w.Id, w.InstanceId, w.BookmarkId }).ToListAsync();

        var problems = new List<string>();
        var instanceIds = instances.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var bookmarkRows = bookmarks.ToLookup(b => b.InstanceId, b => b.Id, StringComparer.Ordinal);
        var workIds = work.Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var instance in instances)
        {
            var state = JsonNode.Parse(instance.State)!.AsObject();
            var stateBookmarks = (state["bookmarks"] as JsonArray ?? []).OfType<JsonObject>().ToList();
            var stateIds = stateBookmarks.Select(b => b["id"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
            var rowIds = bookmarkRows[instance.Id].Order(StringComparer.Ordinal).ToList();
            if (instance.SubStatus == "Suspended" && rowIds.Count == 0)
                problems.Add($"{instance.Id}: Suspended without bookmark rows.");
            if (!stateIds.SequenceEqual(rowIds))
                problems.Add($"{instance.Id}: state bookmarks [{string.Join(',', stateIds)}] ≠ rows [{string.Join(',', rowIds)}].");
            if (state["subStatus"]?.GetValue<string>() != instance.SubStatus)
                problems.Add($"{instance.Id}: column SubStatus {instance.SubStatus} ≠ state {state["subStatus"]}.");
            foreach (var timer in stateBookmarks.Where(b => b["dueAt"] is not null))
                if (!workIds.Contains($"bm-{timer["id"]}")) problems.Add($"{instance.Id}: timer bookmark {timer["id"]} has no scheduled work row.");
        }
        foreach (var orphan in bookmarks.Where(b => !instanceIds.Contains(b.InstanceId)))
            problems.Add($"bookmark {orphan.Id}: instance {orphan.InstanceId} does not exist.");
        var allBookmarkIds = bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in work.Where(w => !instanceIds.Contains(w.InstanceId!) || (w.BookmarkId is { } b && !allBookmarkIds.Contains(b))))
            problems.Add($"scheduled work {orphan.Id}: instance {orphan.InstanceId} or bookmark {orphan.BookmarkId} does not exist.");
        return problems;
    }

    /// <summary>How many of the instances have finished (read while the host is down).</summary>
    public static async Task<int> FinishedAsync(string databasePath, IReadOnlyCollection<string> instanceIds)
    {
        var options = new DbContextOptionsBuilder<EngineDbContext>().UseSqlite($"Data Source={databasePath}").Options;
        await using var db = new EngineDbContext(options);
        return await db.Instances.AsNoTracking().CountAsync(i => instanceIds.Contains(i.Id) && i.SubStatus == "Finished");
    }

    /// <summary>Timer rows still waiting in the database (read while the host is down).</summary>
    public static async Task<int> PendingTimersAsync(string databasePath, IReadOnlyCollection<string> instanceIds)
    {
        var options = new DbContextOptionsBuilder<EngineDbContext>().UseSqlite($"Data Source={databasePath}").Options;
        await using var db = new EngineDbContext(options);
        return await db.ScheduledWork.AsNoTracking().CountAsync(w => w.InstanceId != null && instanceIds.Contains(w.InstanceId));
    }
}
