namespace CongVu.Engine.Scheduling.Time;

/// <summary>One exception to the normal week: a holiday, or a weekend day made a working day.</summary>
/// <param name="Date">The date the entry applies to.</param>
/// <param name="Kind">Whether the date is taken off or worked.</param>
/// <param name="Name">The name shown to users, e.g. "Quốc khánh".</param>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string Name);
