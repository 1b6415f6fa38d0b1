using System.Diagnostics;

namespace CongVu.Bench;

/// <summary>Runs <c>count</c> operations from a fixed number of concurrent callers and records each latency.</summary>
internal static class Load
{
    public static async Task<LoadResult> RunAsync(int count, int callers, Func<int, Task> operation)
    {
        var latencies = new double[count];
        var next = -1;
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                await operation(i);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        await Task.WhenAll(workers);
        total.Stop();
        Array.Sort(latencies);
        return new LoadResult(count, total.Elapsed, latencies);
    }
}

/// <summary>Throughput and latency percentiles of one load run.</summary>
internal sealed record LoadResult(int Count, TimeSpan Elapsed, double[] SortedLatenciesMs)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(double p)
    {
        if (SortedLatenciesMs.Length == 0) return 0;
        var rank = (int)Math.Ceiling(p / 100.0 * SortedLatenciesMs.Length);
        return SortedLatenciesMs[Math.Clamp(rank - 1, 0, SortedLatenciesMs.Length - 1)];
    }
}
