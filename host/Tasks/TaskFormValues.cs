using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CongVu.Host.Tasks;

/// <summary>Checks and converts the values a person submitted for a task's form; problems are keyed by field name.</summary>
public static class TaskFormValues
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>
    /// Converted values by field (number → decimal, date → DateOnly, file → its reference as JSON); values for names
    /// not in the form are ignored, so a request cannot write workflow variables the form does not offer. With
    /// <paramref name="requireFilled"/> false (an outcome that returns or declines and asks for a comment instead),
    /// required fields may stay empty; what is filled in is still checked.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Read(IReadOnlyList<FormField> form, JsonObject? values, IDictionary<string, string> problems, bool requireFilled = true)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(problems);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in form)
        {
            var node = values?[field.Name];
            if (IsEmpty(node))
            {
                if (field.Required && requireFilled) problems[field.Name] = TaskTexts.FieldRequired(field.Label);
                continue;
            }
            var (value, problem) = Convert(field, node!);
            if (problem is not null) problems[field.Name] = problem;
            else result[field.Name] = value;
        }
        return result;
    }

    private static bool IsEmpty(JsonNode? node) =>
        node is null || (node is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s)) || node is JsonArray { Count: 0 };

    private static (object? Value, string? Problem) Convert(FormField field, JsonNode node) => field.Type switch
    {
        FormFieldTypes.Number => Number(node) is { } number ? (number, null) : (null, TaskTexts.NotANumber(field.Label)),
        FormFieldTypes.Date => Date(node) is { } date ? (date, null) : (null, TaskTexts.NotADate(field.Label)),
        FormFieldTypes.Select => Text(node) is { } option && field.Options!.Contains(option)
            ? (option, null) : (null, TaskTexts.NotAnOption(field.Label, field.Options!)),
        FormFieldTypes.File => Files(field, node),
        _ => Text(node) is { } text ? (text, null) : (null, TaskTexts.NotText(field.Label)),
    };

    private static string? Text(JsonNode node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;

    private static decimal? Number(JsonNode node)
    {
        if (node is not JsonValue v) return null;
        // Read from the JSON text: a value built in memory (an int) does not convert to decimal through TryGetValue.
        if (v.GetValueKind() == JsonValueKind.Number)
            return decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
        return v.TryGetValue<string>(out var s) && decimal.TryParse(s.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    private static DateOnly? Date(JsonNode node) =>
        Text(node) is { } s && DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>One uploaded file, or a list of them; each checked against the field's size and extension limits.</summary>
    private static (object? Value, string? Problem) Files(FormField field, JsonNode node)
    {
        var items = node is JsonArray array ? array.ToList() : [node];
        var files = new JsonArray();
        foreach (var item in items)
        {
            TaskFileReference? file = null;
            try { file = item?.Deserialize<TaskFileReference>(TaskData.Json); }
            catch (JsonException) { /* reported below as an invalid reference */ }
            if (file is null || string.IsNullOrWhiteSpace(file.Id) || string.IsNullOrWhiteSpace(file.Name) || file.Size < 0)
                return (null, TaskTexts.BadFile(field.Label));
            if (field.MaxBytes is { } max && file.Size > max) return (null, TaskTexts.FileTooLarge(field.Label, max));
            if (field.AllowedExtensions is { Count: > 0 } allowed && !allowed.Any(e => HasExtension(file.Name, e)))
                return (null, TaskTexts.FileType(field.Label, allowed));
            files.Add(JsonSerializer.SerializeToNode(file, TaskData.Json));
        }
        return (node is JsonArray ? files : files[0]!.DeepClone(), null);
    }

    private static bool HasExtension(string fileName, string extension) =>
        string.Equals(Path.GetExtension(fileName).TrimStart('.'), extension.Trim().TrimStart('.'), StringComparison.OrdinalIgnoreCase);
}
