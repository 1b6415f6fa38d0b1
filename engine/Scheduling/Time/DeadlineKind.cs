namespace CongVu.Engine.Scheduling.Time;

/// <summary>Which written form a <see cref="DeadlineSpec"/> was parsed from.</summary>
public enum DeadlineKind
{
    /// <summary>A day and month every year, <c>dd/MM</c>.</summary>
    YearlyDate,

    /// <summary>A single date, <c>dd/MM/yyyy</c>.</summary>
    FixedDate,

    /// <summary>A number of calendar days, <c>N days</c> or <c>Nd</c>.</summary>
    CalendarDays,

    /// <summary>A number of working days, <c>N working days</c> or <c>Nwd</c>.</summary>
    WorkingDays,

    /// <summary>An elapsed duration, ISO 8601 (<c>PT5M</c>) or <c>[d.]hh:mm:ss</c>.</summary>
    Duration,

    /// <summary>An absolute ISO 8601 date-time with offset.</summary>
    Instant,
}
