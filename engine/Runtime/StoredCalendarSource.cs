using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using CongVu.Engine.Scheduling.Time;
using Microsoft.Extensions.Options;

namespace CongVu.Engine.Runtime;

/// <summary>The working-day calendar from the editable holiday table, reloaded when the table changes.</summary>
public sealed class StoredCalendarSource(IWorkflowStore store, IOptions<TimeOptions> options) : IWorkingCalendarSource
{
    private volatile HolidayCalendar _current = new([], options.Value.Weekend);

    public HolidayCalendar Current => _current;

    public async Task ReloadAsync(CancellationToken ct = default)
    {
        var days = await store.ListCalendarDaysAsync(ct);
        _current = new HolidayCalendar(
            days.Select(d => new CalendarDay(d.Date, Enum.Parse<CalendarDayKind>(d.Kind), d.Name)),
            options.Value.Weekend);
    }

    public async Task ReplaceAsync(IReadOnlyCollection<CalendarDayRecord> days, CancellationToken ct = default)
    {
        await store.ReplaceCalendarDaysAsync(days, ct);
        await ReloadAsync(ct);
    }
}
