using System.Diagnostics;
using System.Text.Json.Nodes;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Bench;

/// <summary>
/// S3: many instances waiting on deadline timers; then the real host started on that database and on an
/// empty one, to show start-to-ready is flat in the number of instances, and its idle memory.
/// </summary>
internal static class IdleHostScenario
{
    private const int ReadyRuns = 3;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    public static async Task<JsonObject> RunAsync(int n, string workDir)
    {
        var emptyDb = Path.Combine(workDir, "s3-empty.db");
        var fullDb = Path.Combine(workDir, "s3-full.db");
        // The empty database gets the schema too, so both host starts do the same work but for the data.
        await using (var _ = await EngineUnderTest.StartAsync(emptyDb)) { }

        double seedSeconds, dbSizeMb;
        await using (var engine = await EngineUnderTest.StartAsync(fullDb))
        {
            await engine.Get<DefinitionService>().SaveAsync(Workflows.Deadline(), publish: true);
            var runtime = engine.Get<WorkflowRuntime>();
            var seed = await Load.RunAsync(n, Scenarios.Callers, i => Scenarios.StartOneAsync(runtime, $"s3-{i}", Workflows.DeadlineId));
            seedSeconds = seed.Elapsed.TotalSeconds;
            await using var db = await engine.Get<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
            var timers = await db.ScheduledWork.CountAsync();
            if (timers != n) throw new InvalidOperationException($"S3: expected {n} deadline timers, the store has {timers}.");
            dbSizeMb = engine.DatabaseSizeMb();
        }
        SqliteConnection.ClearAllPools();

        var workflows = Directory.CreateDirectory(Path.Combine(workDir, "s3-workflows")).FullName;
        var empty = await MeasureHostAsync(emptyDb, workflows);
        var full = await MeasureHostAsync(fullDb, workflows);

        var readyMs = Median(full.ReadyMs);
        var emptyReadyMs = Median(empty.ReadyMs);
        // "Flat": the full database costs at most a quarter (or 150 ms) more than the empty one.
        var flat = readyMs <= emptyReadyMs + Math.Max(150, emptyReadyMs * 0.25);
        const double readyTarget = 2000, memoryTarget = 300;
        return new JsonObject
        {
            ["scenario"] = "S3",
            ["what"] = "waiting instances with a 30-day deadline timer; real host start-to-ready and idle RSS",
            ["n"] = n,
            ["callers"] = Scenarios.Callers,
            ["seed_seconds"] = Scenarios.Round(seedSeconds, 1),
            ["seed_instances_per_s"] = Scenarios.Round(n / seedSeconds),
            ["db_size_mb"] = Scenarios.Round(dbSizeMb, 1),
            ["start_to_ready_ms"] = readyMs,
            ["start_to_ready_ms_runs"] = new JsonArray(full.ReadyMs.Select(v => (JsonNode)v).ToArray()),
            ["start_to_ready_ms_empty_db"] = emptyReadyMs,
            ["start_to_ready_ms_empty_db_runs"] = new JsonArray(empty.ReadyMs.Select(v => (JsonNode)v).ToArray()),
            ["ready_flat"] = flat,
            ["idle_working_set_mb"] = Scenarios.Round(full.IdleMb),
            ["idle_working_set_mb_empty_db"] = Scenarios.Round(empty.IdleMb),
            ["target"] = new JsonObject
            {
                ["start_to_ready_ms"] = readyTarget,
                ["ready_flat"] = true,
                ["idle_working_set_mb"] = memoryTarget,
            },
            ["meets_target"] = readyMs <= readyTarget && flat && full.IdleMb <= memoryTarget,
        };
    }

    /// <summary>Starts the host <see cref="ReadyRuns"/> times; the last run also idles and reads its RSS.</summary>
    private static async Task<(long[] ReadyMs, double IdleMb)> MeasureHostAsync(string databasePath, string workflows)
    {
        var ready = new long[ReadyRuns];
        var idleMb = 0.0;
        for (var run = 0; run < ReadyRuns; run++)
        {
            var clock = Stopwatch.StartNew();
            using var host = HostProcess.Start(databasePath, workflows);
            await host.WaitReadyAsync(ReadyTimeout);
            ready[run] = clock.ElapsedMilliseconds;
            if (run == ReadyRuns - 1)
            {
                await Task.Delay(IdleWait);
                idleMb = host.WorkingSetMb();
            }
        }
        return (ready, idleMb);
    }

    private static long Median(long[] values) => values.Order().ElementAt(values.Length / 2);
}
