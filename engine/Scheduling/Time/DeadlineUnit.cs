namespace CongVu.Engine.Scheduling.Time;

/// <summary>The unit by which a deadline or reminder is moved.</summary>
public enum DeadlineUnit
{
    /// <summary>Calendar days, keeping the local time of day.</summary>
    CalendarDays,

    /// <summary>Working days of the holiday calendar, keeping the local time of day.</summary>
    WorkingDays,

    /// <summary>Elapsed hours, regardless of the local calendar.</summary>
    Hours,

    /// <summary>Elapsed minutes, regardless of the local calendar.</summary>
    Minutes,
}
