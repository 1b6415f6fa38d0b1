namespace CongVu.Engine.Scheduling.Time;

/// <summary>Finds the next start of a day-and-month that recurs every year, such as the 15/02 reporting date.</summary>
public static class YearlyDate
{
    // 29/02 can be eight years away (2096 to 2104, as 2100 is not a leap year).
    private const int MaxYearsAhead = 8;

    /// <summary>Whether <paramref name="day"/>/<paramref name="month"/> exists in at least some years (29/02 does).</summary>
    public static bool IsValid(int day, int month) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month);

    /// <summary>
    /// Returns the first start (00:00 local time in <paramref name="zone"/>) of <paramref name="day"/>/<paramref name="month"/>
    /// strictly after <paramref name="afterUtc"/>, in UTC; 29/02 occurs only in leap years.
    /// </summary>
    public static DateTimeOffset NextOccurrence(int day, int month, DateTimeOffset afterUtc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!IsValid(day, month))
            throw new ArgumentOutOfRangeException(nameof(day), $"{day:00}/{month:00} is not a day of the year.");
        var year = WallClock.ToLocal(afterUtc, zone).Year;
        for (var y = year; y <= year + MaxYearsAhead; y++)
        {
            if (day > DateTime.DaysInMonth(y, month)) continue;
            var start = WallClock.ToUtc(new DateTime(y, month, day), zone);
            if (start > afterUtc) return start;
        }
        throw new ArgumentOutOfRangeException(nameof(afterUtc), "No occurrence before the end of the supported date range.");
    }
}
