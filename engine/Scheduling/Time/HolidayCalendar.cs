namespace CongVu.Engine.Scheduling.Time;

/// <summary>An immutable working-day calendar: a weekly weekend plus dated holidays and swapped working days.</summary>
public sealed partial class HolidayCalendar
{
    private readonly Dictionary<DateOnly, CalendarDay> _days;
    private readonly bool[] _isWeekend = new bool[7];
    private readonly int _workingDaysPerWeek;

    // Each entry that changes a date's status from the plain weekly pattern, sorted, with +1 or -1, so that
    // counting over a range is arithmetic on whole weeks plus a binary search over the exceptions.
    private readonly DateOnly[] _exceptionDates;
    private readonly int[] _exceptionDeltas;

    /// <summary>Creates a calendar; throws <see cref="ArgumentException"/> on a date listed twice or a week without working days.</summary>
    public HolidayCalendar(IEnumerable<CalendarDay> days, IEnumerable<DayOfWeek> weekend)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(weekend);
        foreach (var day in weekend) _isWeekend[(int)day] = true;
        _workingDaysPerWeek = _isWeekend.Count(w => !w);
        // Otherwise moving by working days past the last listed date would never end.
        if (_workingDaysPerWeek == 0) throw new ArgumentException("The weekend cannot cover the whole week.", nameof(weekend));

        _days = [];
        foreach (var day in days)
        {
            ArgumentNullException.ThrowIfNull(day, nameof(days));
            if (!_days.TryAdd(day.Date, day))
                throw new ArgumentException($"Date {day.Date:yyyy-MM-dd} is listed twice ('{_days[day.Date].Name}' and '{day.Name}').", nameof(days));
        }
        var exceptions = _days.Values
            .Where(d => _isWeekend[(int)d.Date.DayOfWeek] == (d.Kind == CalendarDayKind.WorkingDay))
            .OrderBy(d => d.Date)
            .ToArray();
        _exceptionDates = [.. exceptions.Select(d => d.Date)];
        _exceptionDeltas = [.. exceptions.Select(d => d.Kind == CalendarDayKind.WorkingDay ? 1 : -1)];
        Days = Array.AsReadOnly(_days.Values.OrderBy(d => d.Date).ToArray());
    }

    /// <summary>Gets a calendar with only the weekly weekend and no holidays.</summary>
    public static HolidayCalendar WeekendsOnly(params DayOfWeek[] weekend) => new([], weekend);

    /// <summary>Gets the holidays and swapped working days, in date order.</summary>
    public IReadOnlyList<CalendarDay> Days { get; }

    /// <summary>Gets the entry for <paramref name="date"/>, if the calendar lists one.</summary>
    public CalendarDay? Find(DateOnly date) => _days.GetValueOrDefault(date);

    /// <summary>Whether <paramref name="date"/> is worked: listed entries win over the weekly weekend.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        _days.TryGetValue(date, out var day) ? day.Kind == CalendarDayKind.WorkingDay : !_isWeekend[(int)date.DayOfWeek];

    /// <summary>
    /// Moves <paramref name="days"/> working days from <paramref name="start"/> (forward when positive, backward when
    /// negative); <paramref name="start"/> itself is not counted, so the result is always a working day unless days is 0.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        var step = Math.Sign(days);
        var remaining = Math.Abs((long)days);
        var date = start;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date)) remaining--;
        }
        return date;
    }

    /// <summary>
    /// Counts working days after <paramref name="fromExclusive"/> up to and including <paramref name="toInclusive"/>;
    /// negative (the count of the reversed range) when <paramref name="toInclusive"/> is earlier.
    /// </summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive < fromExclusive) return -CountWorkingDays(toInclusive, fromExclusive);
        var first = fromExclusive.AddDays(1);
        var total = toInclusive.DayNumber - fromExclusive.DayNumber;
        var count = total / 7 * _workingDaysPerWeek;
        for (var i = total - total % 7; i < total; i++)
            if (!_isWeekend[(int)first.AddDays(i).DayOfWeek]) count++;

        var lo = LowerBound(first);
        var hi = LowerBound(toInclusive.AddDays(1));
        for (var i = lo; i < hi; i++) count += _exceptionDeltas[i];
        return count;
    }

    /// <summary>Returns <paramref name="date"/> if it is a working day, otherwise the first working day after it.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date)) date = date.AddDays(1);
        return date;
    }

    private int LowerBound(DateOnly date)
    {
        var index = Array.BinarySearch(_exceptionDates, date);
        return index >= 0 ? index : ~index;
    }
}
