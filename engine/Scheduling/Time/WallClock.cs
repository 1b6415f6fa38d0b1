namespace CongVu.Engine.Scheduling.Time;

/// <summary>Converts between UTC instants and local wall-clock times of a zone, resolving DST gaps and overlaps one fixed way.</summary>
internal static class WallClock
{
    /// <summary>Returns the local wall-clock time of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);

    /// <summary>Returns the UTC instant (offset zero) at which <paramref name="local"/> is shown in <paramref name="zone"/>.</summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            // Fall-back overlap: take the first pass, so that a wall-clock time happens once, as people expect.
            var largest = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local - largest, TimeSpan.Zero);
        }
        if (zone.IsInvalidTime(local))
        {
            // Spring-forward gap: keep the offset in force before the gap, which moves the time forward by the
            // gap's length (02:30 becomes 03:30) rather than dropping it. A day back is safely before the gap.
            var before = zone.GetUtcOffset(local.AddDays(-1));
            return new DateTimeOffset(local - before, TimeSpan.Zero);
        }
        return new DateTimeOffset(local - zone.GetUtcOffset(local), TimeSpan.Zero);
    }
}
