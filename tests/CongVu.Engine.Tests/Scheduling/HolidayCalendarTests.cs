using System.Text.Json;
using CongVu.Engine.Scheduling.Time;
using Xunit;

namespace CongVu.Engine.Tests.Scheduling;

public sealed class HolidayCalendarTests
{
    private static readonly DayOfWeek[] Weekend = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    // Week of Monday 27/04/2026: Thursday 30/04 and Friday 01/05 off, Saturday 09/05 worked by a swap.
    private static readonly HolidayCalendar Calendar = new(
        [
            new CalendarDay(new DateOnly(2026, 4, 30), CalendarDayKind.Holiday, "Ngày Chiến thắng"),
            new CalendarDay(new DateOnly(2026, 5, 1), CalendarDayKind.Holiday, "Ngày Quốc tế Lao động"),
            new CalendarDay(new DateOnly(2026, 5, 9), CalendarDayKind.WorkingDay, "Làm bù"),
            new CalendarDay(new DateOnly(2026, 5, 10), CalendarDayKind.Holiday, "Chủ nhật trùng lễ"),
        ],
        Weekend);

    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Theory]
    [InlineData(4, 29, true)]
    [InlineData(4, 30, false)]
    [InlineData(5, 2, false)]
    [InlineData(5, 4, true)]
    [InlineData(5, 9, true)]
    [InlineData(5, 10, false)]
    public void IsWorkingDay_UsesWeekendHolidaysAndSwaps(int month, int day, bool expected)
    {
        Assert.Equal(expected, Calendar.IsWorkingDay(D(month, day)));
    }

    [Theory]
    [InlineData(4, 29, 1, 5, 4)]   // Wednesday + 1 skips Thursday/Friday holidays and the weekend
    [InlineData(4, 28, 2, 5, 4)]
    [InlineData(5, 8, 1, 5, 9)]    // Friday + 1 is the swapped Saturday
    [InlineData(5, 9, 1, 5, 11)]
    [InlineData(5, 2, 1, 5, 4)]    // from a weekend day: the next working day
    [InlineData(5, 4, -1, 4, 29)]  // backward over the weekend and holidays
    [InlineData(5, 11, -1, 5, 9)]
    [InlineData(5, 3, -1, 4, 29)]
    [InlineData(5, 3, 0, 5, 3)]
    [InlineData(4, 6, 10, 4, 20)]
    public void AddWorkingDays_MovesOverNonWorkingDays(int month, int day, int days, int toMonth, int toDay)
    {
        Assert.Equal(D(toMonth, toDay), Calendar.AddWorkingDays(D(month, day), days));
    }

    [Fact]
    public void CountWorkingDays_AgreesWithDayByDayCount()
    {
        var from = D(4, 1);
        for (var length = -40; length <= 60; length++)
        {
            var to = from.AddDays(length);
            var expected = 0;
            for (var d = Min(from, to).AddDays(1); d <= Max(from, to); d = d.AddDays(1))
                if (Calendar.IsWorkingDay(d)) expected++;
            Assert.Equal(to >= from ? expected : -expected, Calendar.CountWorkingDays(from, to));
        }
    }

    [Fact]
    public void CountWorkingDays_IsInverseOfAddWorkingDays()
    {
        for (var n = 1; n <= 30; n++)
            Assert.Equal(n, Calendar.CountWorkingDays(D(4, 20), Calendar.AddWorkingDays(D(4, 20), n)));
    }

    [Fact]
    public void NextWorkingDayOnOrAfter_SkipsHolidaysAndWeekend()
    {
        Assert.Equal(D(5, 4), Calendar.NextWorkingDayOnOrAfter(D(4, 30)));
        Assert.Equal(D(4, 29), Calendar.NextWorkingDayOnOrAfter(D(4, 29)));
        Assert.Equal(D(5, 9), Calendar.NextWorkingDayOnOrAfter(D(5, 9)));
    }

    [Fact]
    public void Days_AreSortedAndFindable()
    {
        Assert.Equal(4, Calendar.Days.Count);
        Assert.Equal(Calendar.Days.OrderBy(d => d.Date), Calendar.Days);
        Assert.Equal("Làm bù", Calendar.Find(D(5, 9))!.Name);
        Assert.Null(Calendar.Find(D(5, 8)));
    }

    [Fact]
    public void Constructor_DuplicateDate_Throws()
    {
        var day = new CalendarDay(D(1, 1), CalendarDayKind.Holiday, "Tết Dương lịch");

        var ex = Assert.Throws<ArgumentException>(() => new HolidayCalendar([day, day with { Name = "Khác" }], Weekend));

        Assert.Contains("2026-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WholeWeekAsWeekend_Throws()
    {
        Assert.Throws<ArgumentException>(() => HolidayCalendar.WeekendsOnly(Enum.GetValues<DayOfWeek>()));
    }

    [Fact]
    public void WeekendsOnly_FridaySaturdayWeekend_WorksSunday()
    {
        var calendar = HolidayCalendar.WeekendsOnly(DayOfWeek.Friday, DayOfWeek.Saturday);

        Assert.Equal(D(3, 15), calendar.AddWorkingDays(D(3, 12), 1));
    }

    [Fact]
    public void FromJson_ReadsEntries()
    {
        var calendar = HolidayCalendar.FromJson(
            """[{ "date": "2026-09-02", "kind": "Holiday", "name": "Quốc khánh" }, { "date": "2026-09-05", "kind": "workingDay", "name": "Làm bù" }]""",
            Weekend);

        Assert.False(calendar.IsWorkingDay(D(9, 2)));
        Assert.True(calendar.IsWorkingDay(D(9, 5)));
    }

    [Theory]
    [InlineData("""[{ "date": "2026-09-02", "kind": "Holiday" }]""")]
    [InlineData("""[{ "date": "2026-09-02", "kind": "Feast", "name": "x" }]""")]
    [InlineData("""[{ "date": "02/09/2026", "kind": "Holiday", "name": "x" }]""")]
    [InlineData("null")]
    public void FromJson_BadEntry_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => HolidayCalendar.FromJson(json, Weekend));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
