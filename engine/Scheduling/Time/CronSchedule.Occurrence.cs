namespace CongVu.Engine.Scheduling.Time;

// Occurrence search; parsing is in CronSchedule.cs.
public sealed partial class CronSchedule
{
    // Far enough to find any satisfiable date (29 Feb on a given weekday can take longer, and is reported as none).
    private const int SearchYears = 5;

    /// <summary>
    /// Returns the first instant strictly after <paramref name="afterUtc"/> whose local time in <paramref name="zone"/>
    /// matches, in UTC; null when nothing matches within about five years (e.g. 30 February).
    /// </summary>
    public DateTimeOffset? GetNextOccurrence(DateTimeOffset afterUtc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var start = WallClock.ToLocal(afterUtc, zone);
        var t = start.AddTicks(-(start.Ticks % TimeSpan.TicksPerSecond));
        var limit = t.Year <= DateTime.MaxValue.Year - SearchYears - 1 ? t.AddYears(SearchYears) : DateTime.MaxValue.AddYears(-1);
        t = t.AddSeconds(1);

        // Walks wall-clock time from the coarsest field down; each mismatch jumps to the next value that field
        // allows, resetting the finer fields, so a search touches at most a few hundred dates per year.
        while (t <= limit)
        {
            var month = _months.NextAtOrAfter(t.Month);
            if (month < 0) t = new DateTime(t.Year + 1, 1, 1);
            else if (month != t.Month) t = new DateTime(t.Year, month, 1);
            else if (!DayMatches(t)) t = t.Date.AddDays(1);
            else if (NextTime(t) is { } next) t = next;
            else
            {
                var candidate = WallClock.ToUtc(t, zone);
                // In a DST overlap the wall clock repeats, so a matching time may map to an already-past instant.
                if (candidate > afterUtc) return candidate;
                t = t.AddSeconds(1);
            }
        }
        return null;
    }

    // Vixie cron rule: when either day field starts with '*', both must match; when both are restricted, either may.
    private bool DayMatches(DateTime t)
    {
        var dom = _daysOfMonth.Contains(t.Day);
        var dow = _daysOfWeek.Contains((int)t.DayOfWeek);
        return _daysOfMonth.IsStar || _daysOfWeek.IsStar ? dom && dow : dom || dow;
    }

    // Null when t itself matches the time fields; otherwise the next wall-clock time worth checking.
    private DateTime? NextTime(DateTime t)
    {
        var hour = _hours.NextAtOrAfter(t.Hour);
        if (hour < 0) return t.Date.AddDays(1);
        if (hour != t.Hour) return t.Date.AddHours(hour);

        var hourStart = t.Date.AddHours(hour);
        var minute = _minutes.NextAtOrAfter(t.Minute);
        if (minute < 0) return hourStart.AddHours(1);
        if (minute != t.Minute) return hourStart.AddMinutes(minute);

        var second = _seconds.NextAtOrAfter(t.Second);
        if (second < 0) return hourStart.AddMinutes(minute + 1);
        return second != t.Second ? hourStart.AddMinutes(minute).AddSeconds(second) : null;
    }
}
