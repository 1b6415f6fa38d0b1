using System.Globalization;
using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Timing;

/// <summary>Timer, Cron and StartAt with canStartWorkflow: publishing plans the first start, each firing plans the next.</summary>
public sealed class ScheduleTriggerTests
{
    public static TheoryData<string, string, string?> Schedules => new()
    {
        { "timer-trigger", "2027-01-04T02:00:00Z", "2027-01-04T03:00:00Z" },
        { "cron-trigger", "2027-01-04T02:00:00Z", "2027-01-05T02:00:00Z" },
        { "start-at-trigger", "2027-01-05T01:00:00Z", null },
    };

    [Theory]
    [MemberData(nameof(Schedules))]
    public async Task RunTimersAsync_ScheduleTrigger_StartsOneInstanceAndPlansTheNext(string definitionId, string firstText, string? nextText)
    {
        var first = Utc(firstText);
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync($"{definitionId}.json");
        Assert.Equal(first, await engine.Store.GetNextDueAtAsync());

        engine.Clock.Set(first.AddSeconds(-1));
        Assert.Equal(0, await engine.RunTimersAsync());
        Assert.Empty(await engine.InstancesOfAsync(definitionId));

        engine.Clock.Set(first);
        Assert.Equal(1, await engine.RunTimersAsync());
        Assert.Equal(0, await engine.RunTimersAsync());

        var instance = Assert.Single(await engine.InstancesOfAsync(definitionId));
        Assert.Equal(nameof(WorkflowSubStatus.Finished), instance.SubStatus);
        Assert.Equal(1, await engine.JournalCountAsync(instance.Id, "log", "Completed"));
        Assert.Equal(nextText is null ? null : Utc(nextText), await engine.Store.GetNextDueAtAsync());
    }

    [Fact]
    public async Task RunTimersAsync_TimerTriggerAfterLongPause_StartsOnceAndPlansFromNow()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("timer-trigger.json");

        engine.Advance(TimeSpan.FromHours(5));
        Assert.Equal(1, await engine.RunTimersAsync());
        engine.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await engine.RunTimersAsync());

        Assert.Equal(2, (await engine.InstancesOfAsync("timer-trigger")).Count);
        Assert.Equal(engine.Clock.UtcNow.UtcDateTime.AddHours(1), await engine.Store.GetNextDueAtAsync());
    }

    [Fact]
    public async Task SaveAsync_RepublishedTimerTrigger_KeepsOneScheduleForTheNewVersion()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("timer-trigger.json");

        var v2 = (await engine.PublishAsync("timer-trigger.json")).Record;

        Assert.Equal(2, v2.Version);
        var schedule = Assert.Single(await engine.Store.GetDueWorkAsync(DateTime.MaxValue.AddDays(-1), 100));
        Assert.Equal(v2.Id, schedule.DefinitionVersionId);
        engine.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await engine.RunTimersAsync());
        Assert.Equal(v2.Id, Assert.Single(await engine.InstancesOfAsync("timer-trigger")).DefinitionVersionId);
    }

    private static DateTime Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).UtcDateTime;
}
