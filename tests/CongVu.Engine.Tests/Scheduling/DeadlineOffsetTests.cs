using System.Globalization;
using CongVu.Engine.Scheduling.Time;
using Xunit;

namespace CongVu.Engine.Tests.Scheduling;

public sealed class DeadlineOffsetTests
{
    private static readonly TimeZoneInfo Vietnam = new TimeOptions().ResolveTimeZone();

    // Wednesday 02/09/2026 and Tuesday 01/09/2026 off.
    private static readonly HolidayCalendar Calendar = new(
        [
            new CalendarDay(new DateOnly(2026, 9, 1), CalendarDayKind.Holiday, "Quốc khánh (ngày nghỉ liền kề)"),
            new CalendarDay(new DateOnly(2026, 9, 2), CalendarDayKind.Holiday, "Quốc khánh"),
        ],
        [DayOfWeek.Saturday, DayOfWeek.Sunday]);

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private static DateTimeOffset Offset(string dueIso, int amount, DeadlineUnit unit) =>
        DeadlineSpec.Offset(At(dueIso), amount, unit, Vietnam, Calendar);

    [Fact]
    public void Offset_ThreeWorkingDaysBefore_SkipsHolidaysAndKeepsLocalTime()
    {
        // Due Thursday 03/09/2026 17:00 local: back over 02/09, 01/09 and the weekend to Mon 31/08, Fri 28/08, Thu 27/08.
        Assert.Equal(At("2026-08-27T17:00:00+07:00"), Offset("2026-09-03T17:00:00+07:00", -3, DeadlineUnit.WorkingDays));
    }

    [Fact]
    public void Offset_DueOnNonWorkingDay_CountsFromTheDueDate()
    {
        // Due at the start of Sunday 06/09/2026: one working day before is Friday 04/09, same local time.
        Assert.Equal(At("2026-09-04T00:00:00+07:00"), Offset("2026-09-06T00:00:00+07:00", -1, DeadlineUnit.WorkingDays));
        Assert.Equal(At("2026-09-03T00:00:00+07:00"), Offset("2026-09-06T00:00:00+07:00", -2, DeadlineUnit.WorkingDays));
    }

    [Fact]
    public void Offset_WorkingDaysForward_SkipsHolidays()
    {
        Assert.Equal(At("2026-09-03T09:00:00+07:00"), Offset("2026-08-31T09:00:00+07:00", 1, DeadlineUnit.WorkingDays));
    }

    [Theory]
    [InlineData(-2, DeadlineUnit.CalendarDays, "2026-09-01T10:00:00Z")]
    [InlineData(3, DeadlineUnit.Hours, "2026-09-03T13:00:00Z")]
    [InlineData(-30, DeadlineUnit.Minutes, "2026-09-03T09:30:00Z")]
    [InlineData(0, DeadlineUnit.WorkingDays, "2026-09-03T10:00:00Z")]
    public void Offset_OtherUnits_MoveByThatUnit(int amount, DeadlineUnit unit, string expected)
    {
        var moved = Offset("2026-09-03T10:00:00Z", amount, unit);

        Assert.Equal(At(expected), moved);
        Assert.Equal(TimeSpan.Zero, moved.Offset);
    }

    [Fact]
    public void Offset_UnknownUnit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Offset("2026-09-03T10:00:00Z", 1, (DeadlineUnit)42));
    }

    [Fact]
    public void YearlyDate_AfterThisYearsDate_ReturnsNextYear()
    {
        var next = YearlyDate.NextOccurrence(15, 2, At("2026-02-20T00:00:00Z"), Vietnam);

        Assert.Equal(At("2027-02-15T00:00:00+07:00"), next);
        Assert.Equal(TimeSpan.Zero, next.Offset);
    }

    [Fact]
    public void YearlyDate_LeapDay_OnlyInLeapYears()
    {
        Assert.Equal(At("2028-02-29T00:00:00+07:00"), YearlyDate.NextOccurrence(29, 2, At("2026-01-01T00:00:00Z"), Vietnam));
        Assert.Equal(At("2104-02-29T00:00:00+07:00"), YearlyDate.NextOccurrence(29, 2, At("2096-03-01T00:00:00Z"), Vietnam));
    }

    [Theory]
    [InlineData(31, 4)]
    [InlineData(30, 2)]
    [InlineData(1, 13)]
    [InlineData(0, 1)]
    public void YearlyDate_NoSuchDay_Throws(int day, int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => YearlyDate.NextOccurrence(day, month, At("2026-01-01T00:00:00Z"), Vietnam));
    }
}
