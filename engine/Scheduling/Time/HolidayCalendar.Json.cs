using System.Text.Json;
using System.Text.Json.Serialization;

namespace CongVu.Engine.Scheduling.Time;

// Loading from the JSON list format of host/Calendar/vietnam-holidays.json.
public sealed partial class HolidayCalendar
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        // A missing or null "name" or "kind" is a data error, not a silent default.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Builds a calendar from a JSON array of <c>{ "date": "yyyy-MM-dd", "kind": "Holiday"|"WorkingDay", "name": "…" }</c>.</summary>
    public static HolidayCalendar FromJson(string json, IEnumerable<DayOfWeek> weekend)
    {
        ArgumentNullException.ThrowIfNull(json);
        var days = JsonSerializer.Deserialize<List<CalendarDay>>(json, JsonOptions)
            ?? throw new JsonException("The holiday calendar JSON is null; expected an array.");
        return new HolidayCalendar(days, weekend);
    }

    /// <summary>Reads the file at <paramref name="path"/> and builds a calendar as <see cref="FromJson"/> does.</summary>
    public static HolidayCalendar Load(string path, IEnumerable<DayOfWeek> weekend) => FromJson(File.ReadAllText(path), weekend);
}
