using System.Globalization;
using System.Runtime.CompilerServices;
using CongVu.Engine.Scheduling.Time;
using Xunit;

namespace CongVu.Engine.Tests.Scheduling;

public sealed class VietnamHolidayCalendarTests
{
    private static readonly HolidayCalendar Calendar =
        HolidayCalendar.Load(HolidayFilePath(), [DayOfWeek.Saturday, DayOfWeek.Sunday]);

    private static readonly ChineseLunisolarCalendar Lunar = new();

    public static TheoryData<int, string> LunarNewYears => new()
    {
        { 2025, "2025-01-29" }, { 2026, "2026-02-17" }, { 2027, "2027-02-06" },
        { 2028, "2028-01-26" }, { 2029, "2029-02-13" }, { 2030, "2030-02-03" },
    };

    [Theory]
    [MemberData(nameof(LunarNewYears))]
    public void LunarNewYear_AgreesWithLunisolarCalendarAndIsListed(int year, string date)
    {
        var newYear = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal(newYear, FromLunar(year, 1, 1));
        Assert.Equal("Tết Nguyên đán (mùng 1 Tết)", Calendar.Find(newYear)?.Name);
        Assert.False(Calendar.IsWorkingDay(newYear.AddDays(-1)));
    }

    [Fact]
    public void HungKingsDay_IsTenthDayOfThirdLunarMonthEveryYear()
    {
        var listed = Calendar.Days.Where(d => d.Name.StartsWith("Giỗ Tổ Hùng Vương (10/3", StringComparison.Ordinal)).ToList();

        Assert.Equal(Enumerable.Range(2025, 6), listed.Select(d => d.Date.Year));
        Assert.All(listed, d => Assert.Equal(FromLunar(d.Date.Year, 3, 10), d.Date));
    }

    [Fact]
    public void EveryYear_HasElevenDaysOffPlusCompensation()
    {
        foreach (var year in Enumerable.Range(2025, 6))
        {
            var days = Calendar.Days.Where(d => d.Date.Year == year && d.Kind == CalendarDayKind.Holiday).ToList();
            var weekendHolidays = days.Count(d => d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
            var compensation = days.Count(d => d.Name.EndsWith(" (nghỉ bù)", StringComparison.Ordinal));
            var swapped = days.Count(d => d.Name.StartsWith("Nghỉ hoán đổi", StringComparison.Ordinal));

            Assert.Equal(11, days.Count - compensation - swapped);
            Assert.Equal(weekendHolidays, compensation);
            Assert.All(days.Where(d => d.Name.EndsWith(" (nghỉ bù)", StringComparison.Ordinal)),
                d => Assert.True(d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
        }
    }

    [Fact]
    public void Tet2027_IsNotWorkedButTheWeekBeforeIs()
    {
        for (var d = new DateOnly(2027, 2, 5); d <= new DateOnly(2027, 2, 11); d = d.AddDays(1))
            Assert.False(Calendar.IsWorkingDay(d), $"{d:yyyy-MM-dd} should be off");

        Assert.True(Calendar.IsWorkingDay(new DateOnly(2027, 2, 1)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2027, 2, 4)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2027, 2, 12)));
    }

    [Fact]
    public void AddWorkingDays_AcrossTet2027_SkipsTheHoliday()
    {
        // Thursday 04/02/2027 + 1 working day: Tết runs 05/02–09/02 with compensation 10/02–11/02.
        Assert.Equal(new DateOnly(2027, 2, 12), Calendar.AddWorkingDays(new DateOnly(2027, 2, 4), 1));
        Assert.Equal(new DateOnly(2027, 2, 4), Calendar.AddWorkingDays(new DateOnly(2027, 2, 12), -1));
        Assert.Equal(new DateOnly(2027, 2, 17), Calendar.AddWorkingDays(new DateOnly(2027, 2, 1), 7));
    }

    [Fact]
    public void Actual2025And2026Decisions_AreReflected()
    {
        for (var d = new DateOnly(2025, 1, 25); d <= new DateOnly(2025, 2, 2); d = d.AddDays(1)) Assert.False(Calendar.IsWorkingDay(d));
        for (var d = new DateOnly(2026, 2, 14); d <= new DateOnly(2026, 2, 22); d = d.AddDays(1)) Assert.False(Calendar.IsWorkingDay(d));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2025, 2, 3)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 2, 23)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 9, 1)));
    }

    // The third lunar month moves one index up when a leap month comes before it in the lunisolar year.
    private static DateOnly FromLunar(int year, int month, int day)
    {
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    private static string HolidayFilePath([CallerFilePath] string sourceFile = "")
    {
        // The build output normally lies inside the repository; the source path covers test assemblies built elsewhere.
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CongVu.sln")))
                    return Path.Combine(dir.FullName, "host", "Calendar", "vietnam-holidays.json");
            }
        }
        throw new FileNotFoundException("CongVu.sln not found above " + AppContext.BaseDirectory);
    }
}
