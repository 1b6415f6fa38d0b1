using System.Globalization;
using CongVu.Engine.Scheduling.Time;
using Xunit;

namespace CongVu.Engine.Tests.Scheduling;

public sealed class DeadlineSpecTests
{
    private static readonly TimeZoneInfo Vietnam = new TimeOptions().ResolveTimeZone();

    // Thursday 31/12/2026 and Friday 01/01/2027 off.
    private static readonly HolidayCalendar Calendar = new(
        [
            new CalendarDay(new DateOnly(2026, 12, 31), CalendarDayKind.Holiday, "Nghỉ"),
            new CalendarDay(new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "Tết Dương lịch"),
        ],
        [DayOfWeek.Saturday, DayOfWeek.Sunday]);

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private static DateTimeOffset Resolve(string spec, string referenceIso) =>
        DeadlineSpec.Parse(spec).Resolve(At(referenceIso), Vietnam, Calendar);

    [Theory]
    [InlineData("15/02", DeadlineKind.YearlyDate)]
    [InlineData(" 5 / 2 ", DeadlineKind.YearlyDate)]
    [InlineData("30/06/2026", DeadlineKind.FixedDate)]
    [InlineData("5 days", DeadlineKind.CalendarDays)]
    [InlineData("1 day", DeadlineKind.CalendarDays)]
    [InlineData("5 Calendar  Days", DeadlineKind.CalendarDays)]
    [InlineData("5d", DeadlineKind.CalendarDays)]
    [InlineData("10 working days", DeadlineKind.WorkingDays)]
    [InlineData("10WD", DeadlineKind.WorkingDays)]
    [InlineData("PT5M", DeadlineKind.Duration)]
    [InlineData("p30d", DeadlineKind.Duration)]
    [InlineData("01:30:00", DeadlineKind.Duration)]
    [InlineData("2.04:00:00", DeadlineKind.Duration)]
    [InlineData("2026-12-01T08:00:00+07:00", DeadlineKind.Instant)]
    [InlineData("2026-12-01t01:00z", DeadlineKind.Instant)]
    public void Parse_EachForm_RecognisesKind(string text, DeadlineKind kind)
    {
        var spec = DeadlineSpec.Parse(text);

        Assert.Equal(kind, spec.Kind);
        Assert.Equal(text.Trim(), spec.ToString());
    }

    [Fact]
    public void Resolve_YearlyDateLaterThisYear_IsStartOfThatLocalDay()
    {
        Assert.Equal(At("2026-02-14T17:00:00Z"), Resolve("15/02", "2026-01-10T03:00:00Z"));
    }

    [Theory]
    [InlineData("2026-03-01T03:00:00Z")]
    [InlineData("2026-02-14T17:00:00Z")] // exactly at the start of 15/02: strictly after means next year
    public void Resolve_YearlyDatePassed_RollsOverToNextYear(string reference)
    {
        Assert.Equal(At("2027-02-14T17:00:00Z"), Resolve("15/02", reference));
    }

    [Fact]
    public void Resolve_YearlyDateEarlierLocalThanUtc_UsesLocalYear()
    {
        // 31/12/2026 18:00Z is already 01/01/2027 01:00 in Vietnam, so "01/01" means 2028.
        Assert.Equal(At("2027-12-31T17:00:00Z"), Resolve("01/01", "2026-12-31T18:00:00Z"));
    }

    [Fact]
    public void Resolve_FixedDate_IsStartOfThatLocalDay()
    {
        Assert.Equal(At("2026-06-29T17:00:00Z"), Resolve("30/06/2026", "2026-01-10T03:00:00Z"));
    }

    [Theory]
    [InlineData("5 days")]
    [InlineData("5d")]
    [InlineData("5 calendar days")]
    [InlineData("P5D")]
    public void Resolve_FiveCalendarDays_AddsFiveDays(string text)
    {
        Assert.Equal(At("2026-12-30T03:00:00Z"), Resolve(text, "2026-12-25T03:00:00Z"));
    }

    [Theory]
    [InlineData("3 working days")]
    [InlineData("3wd")]
    [InlineData(" 3  Working Days ")]
    public void Resolve_WorkingDays_SkipsWeekendAndHolidays(string text)
    {
        // Wednesday 30/12/2026 10:00 local; 31/12 and 01/01 are off, then the weekend: Mon 04, Tue 05, Wed 06.
        Assert.Equal(At("2027-01-06T03:00:00Z"), Resolve(text, "2026-12-30T03:00:00Z"));
    }

    [Fact]
    public void Resolve_WorkingDays_CountsInLocalDate()
    {
        // Friday 27/11/2026 20:00Z is Saturday 28/11 03:00 local; one working day later is Monday 30/11 03:00 local.
        Assert.Equal(At("2026-11-29T20:00:00Z"), Resolve("1 working day", "2026-11-27T20:00:00Z"));
    }

    [Theory]
    [InlineData("PT5M", "2026-11-21T02:05:00Z")]
    [InlineData("pt1h30m", "2026-11-21T03:30:00Z")]
    [InlineData("01:30:00", "2026-11-21T03:30:00Z")]
    [InlineData("2.04:00:00", "2026-11-23T06:00:00Z")]
    [InlineData("2026-12-01T08:00:00+07:00", "2026-12-01T01:00:00Z")]
    [InlineData("2026-12-01T01:00:00Z", "2026-12-01T01:00:00Z")]
    public void Resolve_DurationsAndInstants_ReturnUtc(string text, string expected)
    {
        var due = Resolve(text, "2026-11-21T02:00:00Z");

        Assert.Equal(At(expected), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Theory]
    [InlineData("", "Deadline is empty")]
    [InlineData("soon", "Deadline 'soon' is not recognised; expected dd/MM")]
    [InlineData("5 weeks", "is not recognised")]
    [InlineData("-5 days", "is not recognised")]
    [InlineData("31/04", "31/04 is not a day of the year")]
    [InlineData("00/01", "00/01 is not a day of the year")]
    [InlineData("29/02/2026", "29/02/2026 is not a valid date")]
    [InlineData("15/13/2026", "15/13/2026 is not a valid date")]
    [InlineData("PTXM", "not a valid ISO 8601 duration")]
    [InlineData("-P1D", "cannot be negative")]
    [InlineData("25:00:00", "is not recognised")]
    [InlineData("2026-12-01T08:00:00", "is not recognised")]
    [InlineData("2026-13-01T08:00:00+07:00", "not a valid ISO 8601 date-time")]
    [InlineData("99999999 days", "at most 36600")]
    public void TryParse_BadInput_ExplainsTheProblem(string text, string expected)
    {
        Assert.False(DeadlineSpec.TryParse(text, out var spec, out var error));
        Assert.Null(spec);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadInput_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => DeadlineSpec.Parse("next week"));
    }
}
