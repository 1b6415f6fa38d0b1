using System.Text.Json.Nodes;
using CongVu.Engine.Activities.Primitives;
using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;

namespace CongVu.Bench;

/// <summary>S1 (starts) and S2 (resumes) against the engine in this process.</summary>
internal static class Scenarios
{
    public const int Callers = 16;

    /// <summary>
    /// Untimed calls before the measured ones, so the figures describe a warm server: on 2 cores, tiered JIT
    /// with dynamic PGO needs thousands of calls (seconds of load) before throughput stops rising.
    /// </summary>
    private static int WarmupFor(int n) => Math.Min(n, 5_000);

    /// <summary>S1: starts of Start → Event → End from 16 callers, each with its own correlation id.</summary>
    public static async Task<JsonObject> StartsAsync(int n, string workDir)
    {
        await using var engine = await EngineUnderTest.StartAsync(Path.Combine(workDir, "s1.db"));
        await engine.Get<DefinitionService>().SaveAsync(Workflows.Approve(), publish: true);
        var runtime = engine.Get<WorkflowRuntime>();
        var warmup = await Load.RunAsync(WarmupFor(n), Callers, i => StartOneAsync(runtime, $"s1-warmup-{i}"));
        var result = await Load.RunAsync(n, Callers, i => StartOneAsync(runtime, $"s1-{i}"));
        const double target = 500;
        return new JsonObject
        {
            ["scenario"] = "S1",
            ["what"] = "StartAsync of Start→Event→End, unique correlationId",
            ["n"] = n,
            ["callers"] = Callers,
            ["warmup"] = warmup.Count,
            ["warmup_instances_per_s"] = Round(warmup.PerSecond),
            ["elapsed_s"] = Round(result.Elapsed.TotalSeconds, 2),
            ["instances_per_s"] = Round(result.PerSecond),
            ["p50_ms"] = Round(result.Percentile(50), 2),
            ["p95_ms"] = Round(result.Percentile(95), 2),
            ["p99_ms"] = Round(result.Percentile(99), 2),
            ["target"] = new JsonObject { ["instances_per_s"] = target },
            ["meets_target"] = result.PerSecond >= target,
        };
    }

    /// <summary>S2: resumes of event bookmarks found through the store, from 16 callers.</summary>
    public static async Task<JsonObject> ResumesAsync(int n, string workDir)
    {
        await using var engine = await EngineUnderTest.StartAsync(Path.Combine(workDir, "s2.db"));
        await engine.Get<DefinitionService>().SaveAsync(Workflows.Approve(), publish: true);
        var runtime = engine.Get<WorkflowRuntime>();
        var warmupCount = WarmupFor(n);
        var seed = await Load.RunAsync(n + warmupCount, Callers, i => StartOneAsync(runtime, $"s2-{i}"));

        var stimulus = Event.StimulusFor(Workflows.ApproveEvent);
        var bookmarks = await engine.Get<IWorkflowStore>().FindBookmarksAsync(stimulus.ActivityType, stimulus.Hash, correlationId: null);
        if (bookmarks.Count != n + warmupCount)
            throw new InvalidOperationException($"S2: expected {n + warmupCount} event bookmarks, the store has {bookmarks.Count}.");
        var ids = bookmarks.Select(b => b.Id).ToArray();

        var warmup = await Load.RunAsync(warmupCount, Callers, i => ResumeOneAsync(runtime, ids[i]));
        var result = await Load.RunAsync(n, Callers, i => ResumeOneAsync(runtime, ids[warmupCount + i]));
        const double target = 400;
        return new JsonObject
        {
            ["scenario"] = "S2",
            ["what"] = "ResumeAsync of event bookmarks (instance runs to End)",
            ["n"] = n,
            ["callers"] = Callers,
            ["warmup"] = warmup.Count,
            ["warmup_resumes_per_s"] = Round(warmup.PerSecond),
            ["seed_instances_per_s"] = Round(seed.PerSecond),
            ["elapsed_s"] = Round(result.Elapsed.TotalSeconds, 2),
            ["resumes_per_s"] = Round(result.PerSecond),
            ["p50_ms"] = Round(result.Percentile(50), 2),
            ["p95_ms"] = Round(result.Percentile(95), 2),
            ["p99_ms"] = Round(result.Percentile(99), 2),
            ["target"] = new JsonObject { ["resumes_per_s"] = target },
            ["meets_target"] = result.PerSecond >= target,
        };
    }

    internal static async Task StartOneAsync(WorkflowRuntime runtime, string correlationId, string definitionId = Workflows.ApproveId)
    {
        var run = await runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, CorrelationId = correlationId });
        if (run.SubStatus != WorkflowSubStatus.Suspended)
            throw new InvalidOperationException($"Instance {run.InstanceId} ({correlationId}) is {run.SubStatus}, expected Suspended.");
    }

    private static async Task ResumeOneAsync(WorkflowRuntime runtime, string bookmarkId)
    {
        var run = await runtime.ResumeAsync(bookmarkId) ?? throw new InvalidOperationException($"Bookmark {bookmarkId} was not found.");
        if (run.SubStatus != WorkflowSubStatus.Finished)
            throw new InvalidOperationException($"Instance {run.InstanceId} is {run.SubStatus} after the resume, expected Finished.");
    }

    internal static double Round(double value, int digits = 1) => Math.Round(value, digits);
}
