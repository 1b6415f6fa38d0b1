using System.Globalization;
using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Timing;

public sealed class DeadlineTests
{
    [Fact]
    public async Task ExecuteAsync_YearlyDeadline_WaitsUntilMidnightOfNext15February()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("deadline-yearly.json");

        var run = await engine.StartAsync("deadline-yearly");

        var midnight15FebHanoi = new DateTime(2027, 2, 14, 17, 0, 0, DateTimeKind.Utc);
        Assert.Equal(midnight15FebHanoi, (await engine.SingleBookmarkAsync(run.InstanceId)).DueAt);
        var output = Assert.IsType<string>(await engine.VariableAsync(run.InstanceId, "Due"));
        Assert.Equal(midnight15FebHanoi, DateTimeOffset.Parse(output, CultureInfo.InvariantCulture).UtcDateTime);

        engine.Clock.Set(midnight15FebHanoi);
        Assert.Equal(1, await engine.RunTimersAsync());
        Assert.Equal(WorkflowSubStatus.Finished, (await engine.LoadAsync(run.InstanceId)).SubStatus);
    }

    [Fact]
    public async Task ExecuteAsync_WorkingDaysAcrossTet2027_SkipsSeededHolidays()
    {
        // Thursday 04/02/2027 09:00 in Hanoi; Tết holidays run Fri 05/02 to Thu 11/02.
        await using var engine = await EngineFixture.StartAsync(start: new DateTimeOffset(2027, 2, 4, 2, 0, 0, TimeSpan.Zero));
        await engine.SeedVietnamHolidaysAsync();
        await engine.PublishAsync("deadline-working-days.json");

        var run = await engine.StartAsync("deadline-working-days");

        // Fri 12, Mon 15, Tue 16 February, same time of day.
        var due = new DateTime(2027, 2, 16, 2, 0, 0, DateTimeKind.Utc);
        Assert.Equal(due, (await engine.SingleBookmarkAsync(run.InstanceId)).DueAt);
        engine.Clock.Set(due.AddMinutes(-1));
        Assert.Equal(0, await engine.RunTimersAsync());
        engine.Clock.Set(due);
        Assert.Equal(1, await engine.RunTimersAsync());
        Assert.Equal(WorkflowSubStatus.Finished, (await engine.LoadAsync(run.InstanceId)).SubStatus);
    }

    [Fact]
    public async Task ExecuteAsync_WorkingDaysWithoutHolidayTable_CountsOnlyWeekends()
    {
        await using var engine = await EngineFixture.StartAsync(start: new DateTimeOffset(2027, 2, 4, 2, 0, 0, TimeSpan.Zero));
        await engine.PublishAsync("deadline-working-days.json");

        var run = await engine.StartAsync("deadline-working-days");

        Assert.Equal(new DateTime(2027, 2, 9, 2, 0, 0, DateTimeKind.Utc), (await engine.SingleBookmarkAsync(run.InstanceId)).DueAt);
    }
}
