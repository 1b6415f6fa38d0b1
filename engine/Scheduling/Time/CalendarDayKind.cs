namespace CongVu.Engine.Scheduling.Time;

/// <summary>Whether a calendar entry takes a day off or, by a government day swap, makes a weekend day a working day.</summary>
public enum CalendarDayKind
{
    /// <summary>A public holiday or compensatory day off.</summary>
    Holiday,

    /// <summary>A weekend day worked to make up for a swapped day off.</summary>
    WorkingDay,
}
