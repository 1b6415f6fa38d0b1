using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit;
using Xunit.Abstractions;

namespace CongVu.Host.Tests.Crash;

/// <summary>Crash tests start real host processes and wait on real timers; they run alone so timing is not skewed.</summary>
[CollectionDefinition(nameof(CrashCollection), DisableParallelization = true)]
public sealed class CrashCollection;

/// <summary>
/// kill -9 the real host while timers are pending or starts are in flight, restart it on the same database,
/// and check that every timer fires exactly once and every acknowledged instance survives consistent.
/// </summary>
[Collection(nameof(CrashCollection))]
public sealed partial class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);
    private readonly CrashSite _site = new();
    private readonly List<HostProcess> _hosts = [];

    [Fact]
    public async Task DelayTimers_KilledWhilePending_FireExactlyOnceAfterRestart()
    {
        // crash-test comes from the workflows folder (imported again at every restart), crash-timer through the API.
        _site.AddWorkflowFile("crash-test");
        var host = await StartHostAsync();
        string[] waiting, timed;
        var clock = Stopwatch.StartNew();
        using (var api = Api(host))
        {
            await EnsurePublishedAsync(api, "crash-test");
            await EnsurePublishedAsync(api, "crash-timer");
            clock.Restart();
            waiting = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => api.ExecuteAsync("crash-test", $"c{i}")));
            timed = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => api.ExecuteAsync("crash-timer", $"t{i}")));
            host.Kill();
        }
        var all = waiting.Concat(timed).ToArray();
        var pending = await StoreConsistency.PendingTimersAsync(_site.DatabasePath, all);
        output.WriteLine($"killed {clock.ElapsedMilliseconds} ms after the first start; {pending} of {all.Length} timers pending");
        Assert.True(pending > 0, "Every timer fired before the kill, so the crash was not tested (the host was too slow).");
        Assert.Empty(await StoreConsistency.ProblemsAsync(_site.DatabasePath));

        // Restart only once every timer is overdue: they must fire from the database, not from memory.
        var overdue = TimeSpan.FromSeconds(4) - clock.Elapsed;
        if (overdue > TimeSpan.Zero) await Task.Delay(overdue);
        host = await StartHostAsync();
        using (var api = Api(host))
        {
            await WaitUntilAsync(async () => await CountAsync(api, all, "log1", "Completed") == all.Length, "every delay to fire after the restart");
            await AssertFiredOnceAsync(api, all);
            foreach (var id in timed) Assert.Equal("Finished", await SubStatusAsync(api, id));
            foreach (var id in waiting) Assert.Equal("Suspended", await SubStatusAsync(api, id));
        }

        // A further crash and restart must not fire anything again.
        host.Kill();
        host = await StartHostAsync();
        using (var api = Api(host))
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await AssertFiredOnceAsync(api, all);

            await api.TriggerEventAsync("go", "c1");
            await WaitUntilAsync(async () => await SubStatusAsync(api, waiting[0]) == "Finished", "'go' with correlation c1 to finish c1");
            foreach (var id in waiting.Skip(1)) Assert.Equal("Suspended", await SubStatusAsync(api, id));
            var published = await api.FindPublishedAsync("crash-test");
            Assert.Equal(1, published?["version"]?.GetValue<int>());
        }
        host.Kill();
        Assert.Empty(await StoreConsistency.ProblemsAsync(_site.DatabasePath));
    }

    [Fact]
    public async Task StartBurst_KilledMidway_EveryAcknowledgedInstanceSurvivesConsistent()
    {
        const int burst = 50, killAfter = 15;
        _site.AddWorkflowFile("crash-test");
        var host = await StartHostAsync();
        var acknowledged = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var failed = 0;
        using (var api = Api(host))
        {
            await EnsurePublishedAsync(api, "crash-test");
            var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var starts = Enumerable.Range(0, burst).Select(async i =>
            {
                try
                {
                    acknowledged[$"b{i}"] = await api.ExecuteAsync("crash-test", $"b{i}");
                    if (acknowledged.Count >= killAfter) enough.TrySetResult();
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref failed);
                }
            }).ToList();
            await Task.WhenAny(enough.Task, Task.WhenAll(starts));
            host.Kill();
            await Task.WhenAll(starts);
        }
        output.WriteLine($"{acknowledged.Count} of {burst} starts acknowledged, {failed} cut off by the kill");
        Assert.True(acknowledged.Count >= killAfter, $"Only {acknowledged.Count} starts were acknowledged before the kill.");
        Assert.Empty(await StoreConsistency.ProblemsAsync(_site.DatabasePath));

        host = await StartHostAsync();
        using (var api = Api(host))
        {
            foreach (var (correlation, id) in acknowledged)
            {
                var instance = await api.FindInstanceAsync(id);
                Assert.True(instance is not null, $"Acknowledged instance {id} ({correlation}) is missing after the restart.");
                Assert.Equal(correlation, instance["correlationId"]?.GetValue<string>());
                Assert.Equal("Suspended", instance["subStatus"]?.GetValue<string>());
            }
            var ids = acknowledged.Values.ToArray();
            await WaitUntilAsync(async () => await CountAsync(api, ids, "log1", "Completed") == ids.Length, "every acknowledged instance's delay to fire");
            await AssertFiredOnceAsync(api, ids);
            foreach (var correlation in acknowledged.Keys) await api.TriggerEventAsync("go", correlation);
            await WaitUntilAsync(async () =>
            {
                foreach (var id in ids)
                    if (await SubStatusAsync(api, id) != "Finished") return false;
                return true;
            }, "'go' to finish every acknowledged instance");
        }
        host.Kill();
        Assert.Empty(await StoreConsistency.ProblemsAsync(_site.DatabasePath));
    }

    [Fact]
    public async Task DueTimers_KilledWhileFiring_EachFiresExactlyOnce()
    {
        const int count = 100;
        var host = await StartHostAsync();
        string[] ids;
        using (var api = Api(host))
        {
            await EnsurePublishedAsync(api, "crash-timer-staggered");
            // Timers come due 40 ms apart from 3 s after the first start, so firing them all takes about 7 s and the kill
            // below lands while most are still pending, however slow the machine is at starting them.
            var firstDue = DateTimeOffset.UtcNow.AddSeconds(3);
            using var gate = new SemaphoreSlim(8);
            ids = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    var delayMs = Math.Max(0, (firstDue.AddMilliseconds(40 * i) - DateTimeOffset.UtcNow).TotalMilliseconds);
                    return await api.ExecuteAsync("crash-timer-staggered", $"f{i}", input: new JsonObject { ["delayMs"] = delayMs });
                }
                finally { gate.Release(); }
            }));
            // Kill as soon as the first timer has fired: the scheduler is then working through the rest.
            await WaitUntilAsync(async () => await SubStatusAsync(api, ids[0]) == "Finished", "the first timer to fire", poll: TimeSpan.FromMilliseconds(20));
            host.Kill();
        }
        var finished = await StoreConsistency.FinishedAsync(_site.DatabasePath, ids);
        output.WriteLine($"{finished} of {count} timers had fired at the kill");
        Assert.True(finished < count, "Every timer had fired before the kill, so firing was not interrupted.");
        Assert.Empty(await StoreConsistency.ProblemsAsync(_site.DatabasePath));

        host = await StartHostAsync();
        using (var api = Api(host))
        {
            await WaitUntilAsync(async () => await CountAsync(api, ids, "log1", "Completed") == count, "every timer to fire after the restart");
            await AssertFiredOnceAsync(api, ids);
            foreach (var id in ids) Assert.Equal("Finished", await SubStatusAsync(api, id));
        }
        host.Kill();
        Assert.Empty(await StoreConsistency.ProblemsAsync(_site.DatabasePath));
    }
}
