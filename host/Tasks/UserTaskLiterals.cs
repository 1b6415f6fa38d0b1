using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Model;
using CongVu.Engine.Scheduling.Time;
using CongVu.Host.People;

namespace CongVu.Host.Tasks;

/// <summary>Reads a UserTask's literal inputs when the definition loads: its ports, and configuration mistakes to report early.</summary>
internal static class UserTaskLiterals
{
    /// <summary>A list written as a JSON array or as comma-separated text; null when the input is an expression or empty.</summary>
    public static IReadOnlyList<string>? List(IInput? input) => ActivityLoadContext.LiteralText(input) is { } text ? SplitList(text) : null;

    public static IReadOnlyList<string> SplitList(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('['))
        {
            try { return (JsonNode.Parse(trimmed) as JsonArray ?? []).Select(n => n?.ToString().Trim() ?? "").Where(s => s.Length > 0).ToList(); }
            catch (JsonException) { /* not JSON after all: read it as comma-separated text */ }
        }
        return trimmed.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.Trim('"')).Where(s => s.Length > 0).ToList();
    }

    /// <summary>Working-day counts such as "3,1"; throws <see cref="FormatException"/> naming the input.</summary>
    public static IReadOnlyList<int> Days(string? text, string input)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        return SplitList(text).Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            ? days
            : throw new FormatException($"Input '{input}' must list whole numbers of working days such as \"3,1\"; '{part}' is not one.")).ToList();
    }

    /// <summary>Resolves a due date: an ISO date (yyyy-MM-dd) or anything <see cref="DeadlineSpec"/> reads.</summary>
    public static DeadlineSpec ParseDue(string text)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            trimmed = date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return DeadlineSpec.Parse(trimmed);
    }

    public static IEnumerable<string> Problems(UserTask task)
    {
        // An empty list means the default outcomes, as at run time.
        var outcomes = List(task.Outcomes) is { Count: > 0 } listed ? listed : null;
        if (outcomes is not null && outcomes.Distinct(StringComparer.Ordinal).Count() != outcomes.Count) yield return "Input 'outcomes' names an outcome twice.";
        var known = outcomes ?? UserTask.DefaultOutcomes;
        if (ActivityLoadContext.LiteralText(task.CandidateRole)?.Trim() is { Length: > 0 } role && !Roles.All.Contains(role, StringComparer.OrdinalIgnoreCase))
            yield return $"Input 'candidateRole' is '{role}', which is not a role ({string.Join(", ", Roles.All)}).";
        foreach (var name in List(task.CommentRequiredFor) ?? [])
            if (!known.Contains(name)) yield return $"Input 'commentRequiredFor' names '{name}', which is not an outcome.";
        if (ActivityLoadContext.LiteralText(task.TimeoutOutcome) is { Length: > 0 } timeout && !known.Contains(timeout.Trim()))
            yield return $"Input 'timeoutOutcome' is '{timeout}', which is not an outcome.";
        if (ActivityLoadContext.LiteralText(task.DueDate) is { } due && !string.IsNullOrWhiteSpace(due) && Failure(() => ParseDue(due)) is { } dueError)
            yield return $"Input 'dueDate': {dueError}";
        foreach (var (input, name) in new[] { (task.Reminders, "reminders"), (task.Escalations, "escalations") })
            if (Failure(() => Days(ActivityLoadContext.LiteralText(input), name)) is { } daysError) yield return daysError;
        if (List(task.Escalations) is { Count: > 2 }) yield return "Input 'escalations' has more than two levels.";
        if (task.Form?.Expression is { Type: ExpressionTypes.Literal or ExpressionTypes.Object } form)
            foreach (var error in TaskForm.Parse(form.Value).Errors) yield return $"Input 'form': {error}";
    }

    private static string? Failure(Action parse)
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
