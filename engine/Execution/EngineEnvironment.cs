using CongVu.Engine.Expressions;
using CongVu.Engine.Scheduling.Time;

namespace CongVu.Engine.Execution;

/// <summary>The shared services activities use while running: clock, time zone, calendar, expressions.</summary>
public sealed class EngineEnvironment(
    IClock clock,
    TimeZoneInfo timeZone,
    ExpressionEvaluatorRegistry expressions,
    IWorkingCalendarSource calendar,
    IServiceProvider services)
{
    public IClock Clock { get; } = clock;
    public TimeZoneInfo TimeZone { get; } = timeZone;
    public ExpressionEvaluatorRegistry Expressions { get; } = expressions;
    public IWorkingCalendarSource Calendar { get; } = calendar;
    public IServiceProvider Services { get; } = services;
}

/// <summary>Supplies the current working-day calendar (holidays can be edited while the engine runs).</summary>
public interface IWorkingCalendarSource
{
    HolidayCalendar Current { get; }
}

/// <summary>A calendar source with fixed content, for tests and hosts without a holiday table.</summary>
public sealed class FixedCalendarSource(HolidayCalendar calendar) : IWorkingCalendarSource
{
    public HolidayCalendar Current { get; } = calendar;
}
