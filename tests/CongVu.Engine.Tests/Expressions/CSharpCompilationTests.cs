using System.Diagnostics;
using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using Xunit;
using Xunit.Abstractions;

namespace CongVu.Engine.Tests.Expressions;

public class CSharpCompilationTests(ITestOutputHelper output)
{
    private static Expression CSharp(string code) => new(ExpressionTypes.CSharp, JsonValue.Create(code));

    [Fact]
    public void Validate_CompileError_ReportsLineAndColumn()
    {
        var errors = new CSharpEvaluator().Validate(CSharp("var x = 1;\nreturn x +;"));
        var error = Assert.Single(errors);
        Assert.StartsWith("2:", error, StringComparison.Ordinal);
        Assert.Matches(@"^\d+:\d+ \S", error);
    }

    [Fact]
    public void Validate_ValidExpression_ReturnsEmpty() =>
        Assert.Empty(new CSharpEvaluator().Validate(CSharp("Variables.A > 3")));

    [Fact]
    public async Task Evaluate_CompileError_ThrowsExpressionException()
    {
        var ex = await Assert.ThrowsAsync<ExpressionException>(async () =>
            await new CSharpEvaluator().EvaluateAsync(CSharp("undefinedName + 1"), typeof(object), Contexts.Empty()));
        Assert.Contains("C#", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1:1 ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("undefinedName", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_SameTextHundredTimes_CompilesOnce()
    {
        var evaluator = new CSharpEvaluator();
        for (var i = 0; i < 100; i++)
        {
            var context = Contexts.With(new() { ["N"] = i });
            Assert.Equal(i * 2, await evaluator.EvaluateAsync(CSharp("Variables.N * 2"), typeof(int), context));
        }

        Assert.Empty(evaluator.Validate(CSharp("Variables.N * 2")));
        Assert.Equal(1, evaluator.CompiledCount);
    }

    [Fact]
    public async Task Evaluate_ConcurrentFromEightThreads_CompilesOnce()
    {
        var evaluator = new CSharpEvaluator();
        using var start = new Barrier(8);
        var tasks = Enumerable.Range(0, 8).Select(t => Task.Run(async () =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 50; i++)
            {
                var context = Contexts.With(new() { ["T"] = t, ["I"] = i });
                Assert.Equal(t * 1000 + i, await evaluator.EvaluateAsync(CSharp("Variables.T * 1000 + Variables.I"), typeof(int), context));
            }
        }));
        await Task.WhenAll(tasks);
        Assert.Equal(1, evaluator.CompiledCount);
    }

    [Fact]
    public async Task Evaluate_DistinctTexts_CompileSeparately()
    {
        var evaluator = new CSharpEvaluator();
        await evaluator.EvaluateAsync(CSharp("1"), typeof(int), Contexts.Empty());
        await evaluator.EvaluateAsync(CSharp("2"), typeof(int), Contexts.Empty());
        await evaluator.EvaluateAsync(CSharp("1"), typeof(int), Contexts.Empty());
        Assert.Equal(2, evaluator.CompiledCount);
    }

    [Fact]
    public async Task Evaluate_Timings_CachedRunIsFast()
    {
        var evaluator = new CSharpEvaluator();
        var context = Contexts.With(new() { ["A"] = 5 });
        var watch = Stopwatch.StartNew();
        await evaluator.EvaluateAsync(CSharp("Variables.A > 3"), typeof(bool), context);
        var first = watch.Elapsed;

        watch.Restart();
        await evaluator.EvaluateAsync(CSharp("Variables.A < 3"), typeof(bool), context);
        var second = watch.Elapsed;

        const int runs = 10_000;
        watch.Restart();
        for (var i = 0; i < runs; i++) await evaluator.EvaluateAsync(CSharp("Variables.A > 3"), typeof(bool), context);
        var perRun = watch.Elapsed / runs;

        output.WriteLine($"first compile {first.TotalMilliseconds:F0} ms, next compile {second.TotalMilliseconds:F0} ms, cached run {perRun.TotalMicroseconds:F1} µs");
        // Generous bound: only catches a cache that recompiles (tens of milliseconds per run).
        Assert.True(perRun < TimeSpan.FromMilliseconds(1), $"cached run took {perRun.TotalMicroseconds} µs");
    }
}
