using CongVu.Engine.Scheduling.Time;
using Xunit;

namespace CongVu.Engine.Tests.Scheduling;

public sealed class ClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ManualClock_Start_IsReportedInUtc()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(7)));

        Assert.Equal(Start, clock.UtcNow);
        Assert.Equal(TimeSpan.Zero, clock.UtcNow.Offset);
    }

    [Fact]
    public void ManualClock_SetAndAdvance_MoveTheClock()
    {
        var clock = new ManualClock(Start);

        clock.Set(Start.AddDays(3));
        var advanced = clock.Advance(TimeSpan.FromMinutes(90));

        Assert.Equal(Start.AddDays(3).AddMinutes(90), advanced);
        Assert.Equal(advanced, clock.UtcNow);
    }

    [Fact]
    public void ManualClock_ConcurrentAdvances_AreNotLost()
    {
        var clock = new ManualClock(Start);

        Parallel.For(0, 10_000, _ => clock.Advance(TimeSpan.FromSeconds(1)));

        Assert.Equal(Start.AddSeconds(10_000), clock.UtcNow);
    }

    [Fact]
    public void SystemClock_UtcNow_IsCurrentUtc()
    {
        var before = DateTimeOffset.UtcNow;
        var now = SystemClock.Instance.UtcNow;

        Assert.InRange(now, before, DateTimeOffset.UtcNow);
        Assert.Equal(TimeSpan.Zero, now.Offset);
    }
}
