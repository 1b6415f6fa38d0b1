using System.Globalization;
using System.Text.Json.Nodes;
using CongVu.Engine.Persistence;
using CongVu.Engine.Scheduling.Time;

namespace CongVu.Host.Calendar;

/// <summary>A holiday table row as the API and host/Calendar/vietnam-holidays.json write it.</summary>
public sealed record HolidayRow(string Date, string Kind, string Name)
{
    public const string DateFormat = "yyyy-MM-dd";

    public static HolidayRow From(CalendarDayRecord day) =>
        new(day.Date.ToString(DateFormat, CultureInfo.InvariantCulture), day.Kind, day.Name);
}

/// <summary>A problem in one row of a holiday list; <see cref="Row"/> counts from 1.</summary>
public sealed record HolidayRowError(int Row, string Field, string Message);

/// <summary>Validates a JSON holiday list row by row, collecting every problem.</summary>
public static class HolidayRows
{
    public static (List<CalendarDayRecord> Days, List<HolidayRowError> Errors) Parse(JsonNode? json)
    {
        var days = new List<CalendarDayRecord>();
        var errors = new List<HolidayRowError>();
        if (json is not JsonArray rows)
        {
            errors.Add(new HolidayRowError(0, "", "The body must be a JSON array of { date, kind, name }."));
            return (days, errors);
        }
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = i + 1;
            if (rows[i] is not JsonObject o)
            {
                errors.Add(new HolidayRowError(row, "", $"Row {row} is not an object."));
                continue;
            }
            var dateText = Text(o, "date");
            var kindText = Text(o, "kind");
            var name = Text(o, "name")?.Trim();
            var validDate = DateOnly.TryParseExact(dateText, HolidayRow.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
            if (!validDate) errors.Add(new HolidayRowError(row, "date", $"Row {row}: 'date' must be a date written {HolidayRow.DateFormat} (got '{dateText}')."));
            else if (!seen.Add(date)) errors.Add(new HolidayRowError(row, "date", $"Row {row}: date {dateText} appears more than once."));
            var validKind = kindText is nameof(CalendarDayKind.Holiday) or nameof(CalendarDayKind.WorkingDay);
            if (!validKind) errors.Add(new HolidayRowError(row, "kind", $"Row {row}: 'kind' must be Holiday or WorkingDay (got '{kindText}')."));
            if (string.IsNullOrEmpty(name)) errors.Add(new HolidayRowError(row, "name", $"Row {row}: 'name' must not be empty."));
            if (validDate && validKind && !string.IsNullOrEmpty(name))
                days.Add(new CalendarDayRecord { Date = date, Kind = kindText!, Name = name });
        }
        return (days, errors);
    }

    private static string? Text(JsonObject o, string key) => o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : o[key]?.ToJsonString();
}
