namespace CongVu.Engine.Scheduling.Time;

/// <summary>A deadline as written in a workflow ("15/02", "10 working days", "PT5M", …), resolved against a reference instant.</summary>
public sealed partial class DeadlineSpec
{
    private DeadlineSpec(string text, DeadlineKind kind) => (Text, Kind) = (text, kind);

    /// <summary>Gets the text the deadline was parsed from.</summary>
    public string Text { get; }

    /// <summary>Gets the written form of the deadline.</summary>
    public DeadlineKind Kind { get; }

    private int Day { get; init; }

    private int Month { get; init; }

    private DateOnly Date { get; init; }

    private int Amount { get; init; }

    private TimeSpan Duration { get; init; }

    private DateTimeOffset Instant { get; init; }

    /// <summary>
    /// Returns the due instant in UTC: dates mean 00:00 local time at the start of that date ("trước ngày 15/02"),
    /// a yearly date the next such start strictly after <paramref name="referenceUtc"/>; day counts keep the local
    /// time of day of <paramref name="referenceUtc"/>; durations are elapsed time.
    /// </summary>
    public DateTimeOffset Resolve(DateTimeOffset referenceUtc, TimeZoneInfo zone, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(calendar);
        return Kind switch
        {
            DeadlineKind.YearlyDate => YearlyDate.NextOccurrence(Day, Month, referenceUtc, zone),
            DeadlineKind.FixedDate => WallClock.ToUtc(Date.ToDateTime(TimeOnly.MinValue), zone),
            DeadlineKind.CalendarDays => Offset(referenceUtc, Amount, DeadlineUnit.CalendarDays, zone, calendar),
            DeadlineKind.WorkingDays => Offset(referenceUtc, Amount, DeadlineUnit.WorkingDays, zone, calendar),
            DeadlineKind.Duration => referenceUtc.ToUniversalTime() + Duration,
            _ => Instant.ToUniversalTime(),
        };
    }

    /// <summary>
    /// Moves <paramref name="dueUtc"/> by <paramref name="amount"/> units (negative = before), e.g. a reminder
    /// "3 working days before due"; returns UTC.
    /// </summary>
    public static DateTimeOffset Offset(DateTimeOffset dueUtc, int amount, DeadlineUnit unit, TimeZoneInfo zone, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(calendar);
        var local = WallClock.ToLocal(dueUtc, zone);
        switch (unit)
        {
            case DeadlineUnit.Hours:
                return dueUtc.ToUniversalTime().AddHours(amount);
            case DeadlineUnit.Minutes:
                return dueUtc.ToUniversalTime().AddMinutes(amount);
            case DeadlineUnit.CalendarDays:
                return WallClock.ToUtc(local.AddDays(amount), zone);
            case DeadlineUnit.WorkingDays:
                // The due date itself is never counted, whether or not it is a working day: due on Sunday (or at
                // 00:00 of a Tết day), "1 working day before" is the last working day before it, and "3 working days
                // before" counts three working days back from there. The local time of day is kept.
                var date = calendar.AddWorkingDays(DateOnly.FromDateTime(local), amount);
                return WallClock.ToUtc(date.ToDateTime(TimeOnly.FromDateTime(local)), zone);
            default:
                throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown deadline unit.");
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
