using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CongVu.Host.Tasks;

/// <summary>Reads a UserTask's <c>form</c> input: a JSON array of fields, given as JSON or as text holding JSON.</summary>
public static class TaskForm
{
    /// <summary>The fields, and what is wrong with the schema (in English, for the designer and the incident).</summary>
    public static (IReadOnlyList<FormField> Fields, IReadOnlyList<string> Errors) Parse(JsonNode? node)
    {
        if (node is JsonValue text && text.TryGetValue<string>(out var json))
        {
            if (string.IsNullOrWhiteSpace(json)) return ([], []);
            try { node = JsonNode.Parse(json); }
            catch (JsonException e) { return ([], [$"form is not valid JSON: {e.Message}"]); }
        }
        if (node is null) return ([], []);
        if (node is not JsonArray array) return ([], ["form must be a JSON array of fields."]);
        var fields = new List<FormField>();
        var errors = new List<string>();
        foreach (var item in array)
        {
            FormField? field;
            try { field = item?.Deserialize<FormField>(TaskData.Json); }
            catch (JsonException e)
            {
                errors.Add($"form field {fields.Count + 1} is malformed: {e.Message}");
                continue;
            }
            if (field is null || string.IsNullOrWhiteSpace(field.Name))
            {
                errors.Add($"form field {fields.Count + 1} has no name.");
                continue;
            }
            field = field with { Type = (field.Type ?? FormFieldTypes.Text).Trim().ToLowerInvariant(), Label = string.IsNullOrWhiteSpace(field.Label) ? field.Name : field.Label };
            errors.AddRange(Check(field, fields));
            fields.Add(field);
        }
        return (fields, errors);
    }

    /// <summary>
    /// The fields with <see cref="FormField.Value"/> set from the current value of each field's variable (files excepted),
    /// so a step that comes round again (a draft returned for revision) opens with what was entered last time.
    /// </summary>
    public static IReadOnlyList<FormField> WithCurrentValues(IReadOnlyList<FormField> form, Func<string, object?> variable)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(variable);
        return [.. form.Select(f => f.Type == FormFieldTypes.File ? f : Shown(variable(f.TargetVariable)) is { } value ? f with { Value = value } : f)];
    }

    private static string? Shown(object? value) => value switch
    {
        string s when !string.IsNullOrWhiteSpace(s) => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number and (decimal or double or float or int or long) => number.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static IEnumerable<string> Check(FormField field, List<FormField> earlier)
    {
        if (earlier.Any(f => f.Name == field.Name)) yield return $"form field '{field.Name}' is declared twice.";
        if (!FormFieldTypes.All.Contains(field.Type))
            yield return $"form field '{field.Name}' has unknown type '{field.Type}' (expected {string.Join(", ", FormFieldTypes.All)}).";
        if (field.Type == FormFieldTypes.Select && field.Options is not { Count: > 0 })
            yield return $"form field '{field.Name}' is a select without options.";
        if (field.MaxBytes is <= 0) yield return $"form field '{field.Name}' has a maxBytes that is not positive.";
    }
}
