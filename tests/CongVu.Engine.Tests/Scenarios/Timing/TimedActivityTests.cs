using System.Globalization;
using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Timing;

/// <summary>Delay, Timer, StartAt and Cron inside a flow: suspend, fire once when due, never twice. Clock starts 2027-01-04 08:00 (UTC+7).</summary>
public sealed class TimedActivityTests
{
    public static TheoryData<string, string> Waits => new()
    {
        { "delay", "2027-01-04T01:30:00Z" },
        { "timer", "2027-01-04T02:00:00Z" },
        { "start-at", "2027-01-05T01:00:00Z" },
        { "cron", "2027-01-04T02:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Waits))]
    public async Task RunTimersAsync_TimedActivity_ResumesExactlyOnceWhenDue(string definitionId, string dueText)
    {
        var due = DateTimeOffset.Parse(dueText, CultureInfo.InvariantCulture);
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync($"{definitionId}.json");
        var run = await engine.StartAsync(definitionId);
        Assert.Equal(WorkflowSubStatus.Suspended, run.SubStatus);
        Assert.Equal(due.UtcDateTime, (await engine.SingleBookmarkAsync(run.InstanceId)).DueAt);

        engine.Clock.Set(due.AddSeconds(-1));
        Assert.Equal(0, await engine.RunTimersAsync());
        Assert.Equal(WorkflowSubStatus.Suspended, (await engine.LoadAsync(run.InstanceId)).SubStatus);

        engine.Clock.Set(due);
        Assert.Equal(1, await engine.RunTimersAsync());
        Assert.Equal(0, await engine.RunTimersAsync());
        engine.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await engine.RunTimersAsync());

        var stored = await engine.LoadAsync(run.InstanceId);
        Assert.Equal(WorkflowSubStatus.Finished, stored.SubStatus);
        Assert.Equal(1, await engine.VariableAsync(run.InstanceId, "Fired"));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "wait", "Resumed"));
        Assert.Null(await engine.Store.GetNextDueAtAsync());
    }

    [Fact]
    public async Task RunTimersAsync_TwoProcessorsAtOnce_FireTheDelayOnce()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("delay.json");
        var run = await engine.StartAsync("delay");
        engine.Advance(TimeSpan.FromHours(1));

        await Task.WhenAll(engine.RunTimersAsync(), engine.RunTimersAsync(), engine.RunTimersAsync());

        Assert.Equal(1, await engine.VariableAsync(run.InstanceId, "Fired"));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "wait", "Resumed"));
        Assert.Equal(WorkflowSubStatus.Finished, (await engine.LoadAsync(run.InstanceId)).SubStatus);
    }
}
