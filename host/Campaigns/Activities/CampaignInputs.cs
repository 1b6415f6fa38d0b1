using System.Globalization;
using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;
using CongVu.Engine.Scheduling.Time;

namespace CongVu.Host.Campaigns.Activities;

/// <summary>Reading the inputs campaign activities share: texts, the workflow's own input, a document reference.</summary>
internal static class CampaignInputs
{
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A member of the workflow input (<c>input.year</c>) as text, or null.</summary>
    public static string? WorkflowInput(ActivityExecutionContext context, string name) =>
        context.Workflow.State.Input.GetValueOrDefault(name) is { } node && ValueConverter.ToClr(node) is { } value
            ? Text(Convert.ToString(value, CultureInfo.InvariantCulture))
            : null;

    /// <summary>A year: the input, else the workflow's <c>input.year</c>, else the local year of now.</summary>
    public static int Year(ActivityExecutionContext context, string? text)
    {
        var written = Text(text) ?? WorkflowInput(context, "year");
        if (written is null) return TimeZoneInfo.ConvertTime(context.Now, context.Environment.TimeZone).Year;
        return int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2999
            ? year
            : throw new FormatException($"Input 'year' is '{written}', which is not a year such as 2027.");
    }

    /// <summary>The id of a document: the GenerateDocument output (<c>{ id, ... }</c>) or the id itself.</summary>
    public static string? DocumentId(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => Text(o["id"]?.ToString()),
        JsonValue v when v.TryGetValue<string>(out var s) => Text(s),
        _ => Text(node.ToString()),
    };

    /// <summary>Data to keep as JSON text; a JSON text given as a string is parsed first.</summary>
    public static string? Data(JsonNode? node)
    {
        if (node is JsonValue v && v.TryGetValue<string>(out var s))
        {
            if (string.IsNullOrWhiteSpace(s)) return null;
            try { return JsonNode.Parse(s)?.ToJsonString(); }
            catch (System.Text.Json.JsonException) { return new JsonObject { ["text"] = s }.ToJsonString(); }
        }
        return node?.ToJsonString();
    }

    /// <summary>Why a literal due date cannot be read, checked when the definition loads; null when it can.</summary>
    public static string? DueDateProblem(string text) =>
        // A leap year, so that 29/02 passes here and is refused only in a campaign year without it.
        Failure(() => CampaignDates.DueDate(text, 2028, DateTimeOffset.UnixEpoch, TimeZoneInfo.Utc, HolidayCalendar.WeekendsOnly()));

    /// <summary>The message of the <see cref="FormatException"/> <paramref name="parse"/> throws, or null.</summary>
    public static string? Failure(Action parse)
    {
        try
        {
            parse();
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }
}
