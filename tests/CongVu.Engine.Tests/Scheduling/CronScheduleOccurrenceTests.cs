using System.Globalization;
using CongVu.Engine.Scheduling.Time;
using Xunit;

namespace CongVu.Engine.Tests.Scheduling;

public sealed class CronScheduleOccurrenceTests
{
    private static readonly TimeZoneInfo Vietnam = new TimeOptions().ResolveTimeZone();

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private static DateTimeOffset? NextUtc(string cron, string afterIso) =>
        CronSchedule.Parse(cron).GetNextOccurrence(At(afterIso), TimeZoneInfo.Utc);

    [Fact]
    public void GetNextOccurrence_DailyAt8Local_ReturnsNextDay8LocalInUtc()
    {
        var next = CronSchedule.Parse("0 8 * * *").GetNextOccurrence(At("2026-11-21T02:00:00Z"), Vietnam);

        Assert.Equal(At("2026-11-22T01:00:00Z"), next);
        Assert.Equal(TimeSpan.Zero, next!.Value.Offset);
    }

    [Fact]
    public void GetNextOccurrence_BeforeTodaysTime_ReturnsToday()
    {
        var next = CronSchedule.Parse("0 8 * * *").GetNextOccurrence(At("2026-11-20T23:30:00Z"), Vietnam);

        Assert.Equal(At("2026-11-21T01:00:00Z"), next);
    }

    [Fact]
    public void GetNextOccurrence_EveryMonday_ReturnsNextMondayLocal()
    {
        // Saturday 21/11/2026 09:00 local.
        var next = CronSchedule.Parse("0 9 * * MON").GetNextOccurrence(At("2026-11-21T02:00:00Z"), Vietnam);

        Assert.Equal(At("2026-11-23T09:00:00+07:00"), next);
    }

    [Fact]
    public void GetNextOccurrence_LocalDateAheadOfUtcDate_UsesLocalDay()
    {
        // 20/11 18:00Z is already Saturday 21/11 01:00 in Vietnam, so "Saturdays at 07:00" is later that morning.
        var next = CronSchedule.Parse("0 7 * * SAT").GetNextOccurrence(At("2026-11-20T18:00:00Z"), Vietnam);

        Assert.Equal(At("2026-11-21T00:00:00Z"), next);
    }

    [Fact]
    public void GetNextOccurrence_ExactlyAtOccurrence_ReturnsTheFollowingOne()
    {
        Assert.Equal(At("2026-11-23T01:00:00Z"), CronSchedule.Parse("0 8 * * *").GetNextOccurrence(At("2026-11-22T01:00:00Z"), Vietnam));
    }

    [Theory]
    [InlineData("*/15 * * * *", "2026-03-10T10:07:12Z", "2026-03-10T10:15:00Z")]
    [InlineData("*/15 * * * *", "2026-03-10T23:59:00Z", "2026-03-11T00:00:00Z")]
    [InlineData("0 8-17/3 * * *", "2026-03-10T11:00:00Z", "2026-03-10T14:00:00Z")]
    [InlineData("0 8-17/3 * * *", "2026-03-10T17:00:00Z", "2026-03-11T08:00:00Z")]
    [InlineData("5/20 * * * *", "2026-03-10T10:26:00Z", "2026-03-10T10:45:00Z")]
    [InlineData("0 0 1,15 * *", "2026-03-02T00:00:00Z", "2026-03-15T00:00:00Z")]
    [InlineData("0 0 31 * *", "2026-03-31T00:00:00Z", "2026-05-31T00:00:00Z")]
    [InlineData("0 0 1 jan,JUL *", "2026-01-01T00:00:00Z", "2026-07-01T00:00:00Z")]
    [InlineData("0 0 1 1 *", "2026-12-31T23:59:59Z", "2027-01-01T00:00:00Z")]
    [InlineData("0 0 * * 7", "2026-03-10T00:00:00Z", "2026-03-15T00:00:00Z")]
    [InlineData("0 0 * * 0", "2026-03-10T00:00:00Z", "2026-03-15T00:00:00Z")]
    [InlineData("0 0 * * FRI-SUN", "2026-03-10T00:00:00Z", "2026-03-13T00:00:00Z")]
    [InlineData("0 0 * * 5-7", "2026-03-14T00:00:00Z", "2026-03-15T00:00:00Z")]
    [InlineData("0 0 ? * MON", "2026-03-10T00:00:00Z", "2026-03-16T00:00:00Z")]
    [InlineData("0 0 29 2 *", "2025-03-01T00:00:00Z", "2028-02-29T00:00:00Z")]
    [InlineData("*/30 * * * * *", "2026-03-10T10:00:10Z", "2026-03-10T10:00:30Z")]
    [InlineData("15 30 9 * * *", "2026-03-10T09:30:15Z", "2026-03-11T09:30:15Z")]
    [InlineData("@hourly", "2026-03-10T09:30:00Z", "2026-03-10T10:00:00Z")]
    public void GetNextOccurrence_Fields_MatchExpectedInstant(string cron, string after, string expected)
    {
        Assert.Equal(At(expected), NextUtc(cron, after));
    }

    [Fact]
    public void GetNextOccurrence_BothDayFieldsRestricted_MatchesEither()
    {
        // Tuesday 10/03/2026: the 13th is Friday 13/03, but Wednesday 11/03 comes first.
        Assert.Equal(At("2026-03-11T00:00:00Z"), NextUtc("0 0 13 * WED", "2026-03-10T00:00:00Z"));
        Assert.Equal(At("2026-03-13T00:00:00Z"), NextUtc("0 0 13 * WED", "2026-03-11T00:00:00Z"));
    }

    [Fact]
    public void GetNextOccurrence_DayOfMonthStarred_RequiresBothToMatch()
    {
        // Vixie rule: "*/10" starts with '*', so it is combined with Monday by AND (01, 11, 21 or 31 that is a Monday).
        Assert.Equal(At("2026-05-11T00:00:00Z"), NextUtc("0 0 */10 * MON", "2026-03-10T00:00:00Z"));
    }

    [Fact]
    public void GetNextOccurrence_ImpossibleDate_ReturnsNull()
    {
        Assert.Null(NextUtc("0 0 30 2 *", "2026-01-01T00:00:00Z"));
        Assert.Null(NextUtc("0 0 31 4,6,9,11 *", "2026-01-01T00:00:00Z"));
    }

    [Fact]
    public void GetNextOccurrence_SpringForwardGap_ShiftsByTheGap()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        // 29/03/2026 02:30 does not exist in Berlin; it happens as 03:30 CEST.
        var next = CronSchedule.Parse("30 2 * * *").GetNextOccurrence(At("2026-03-28T12:00:00Z"), berlin);

        Assert.Equal(At("2026-03-29T01:30:00Z"), next);
    }

    [Fact]
    public void GetNextOccurrence_FallBackOverlap_FiresOnce()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var schedule = CronSchedule.Parse("30 2 * * *");

        var first = schedule.GetNextOccurrence(At("2026-10-24T12:00:00Z"), berlin);
        var second = schedule.GetNextOccurrence(first!.Value, berlin);

        Assert.Equal(At("2026-10-25T00:30:00Z"), first);
        Assert.Equal(At("2026-10-26T01:30:00Z"), second);
    }

    [Fact]
    public void GetNextOccurrence_SuccessiveCalls_WalkEveryMinuteOfAnHour()
    {
        var schedule = CronSchedule.Parse("* * * * *");
        var t = At("2026-03-10T10:00:00Z");
        for (var i = 1; i <= 60; i++)
        {
            t = schedule.GetNextOccurrence(t, Vietnam)!.Value;
            Assert.Equal(At("2026-03-10T10:00:00Z").AddMinutes(i), t);
        }
    }
}
