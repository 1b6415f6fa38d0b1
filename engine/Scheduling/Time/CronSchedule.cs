using System.Diagnostics.CodeAnalysis;

namespace CongVu.Engine.Scheduling.Time;

/// <summary>A parsed cron expression (5 fields, or 6 with leading seconds) that computes its next occurrence in a time zone.</summary>
public sealed partial class CronSchedule
{
    private static readonly Dictionary<string, string> Macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@yearly"] = "0 0 1 1 *",
        ["@annually"] = "0 0 1 1 *",
        ["@monthly"] = "0 0 1 * *",
        ["@weekly"] = "0 0 * * 0",
        ["@daily"] = "0 0 * * *",
        ["@midnight"] = "0 0 * * *",
        ["@hourly"] = "0 * * * *",
    };

    private readonly CronField _seconds;
    private readonly CronField _minutes;
    private readonly CronField _hours;
    private readonly CronField _daysOfMonth;
    private readonly CronField _months;
    private readonly CronField _daysOfWeek;

    private CronSchedule(string expression, bool hasSeconds, CronField[] fields)
    {
        Expression = expression;
        HasSeconds = hasSeconds;
        (_seconds, _minutes, _hours, _daysOfMonth, _months, _daysOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
    }

    /// <summary>Gets the expression as written.</summary>
    public string Expression { get; }

    /// <summary>Gets a value indicating whether the expression has the optional leading seconds field.</summary>
    public bool HasSeconds { get; }

    /// <summary>Parses <paramref name="expression"/>; throws <see cref="FormatException"/> naming the bad field.</summary>
    public static CronSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return TryParse(expression, out var schedule, out var error) ? schedule : throw new FormatException(error);
    }

    /// <summary>Parses <paramref name="expression"/>, reporting a message naming the bad field instead of throwing.</summary>
    public static bool TryParse(string? expression, [NotNullWhen(true)] out CronSchedule? schedule, [NotNullWhen(false)] out string? error)
    {
        schedule = null;
        if (string.IsNullOrWhiteSpace(expression))
        {
            error = "Cron expression is empty.";
            return false;
        }
        var text = expression.Trim();
        var tokens = (Macros.GetValueOrDefault(text) ?? text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is not (5 or 6))
        {
            error = $"Cron expression '{text}' has {tokens.Length} fields; expected 5 (minute hour day-of-month month day-of-week) or 6 (with leading seconds).";
            return false;
        }
        var hasSeconds = tokens.Length == 6;
        if (!hasSeconds) tokens = ["0", .. tokens];
        CronFieldDefinition[] definitions =
        [
            CronFieldDefinition.Second, CronFieldDefinition.Minute, CronFieldDefinition.Hour,
            CronFieldDefinition.DayOfMonth, CronFieldDefinition.Month, CronFieldDefinition.DayOfWeek,
        ];
        var fields = new CronField[6];
        for (var i = 0; i < fields.Length; i++)
        {
            if (!definitions[i].TryParse(tokens[i], out fields[i], out var fieldError))
            {
                error = $"Invalid cron expression '{text}': {fieldError}";
                return false;
            }
        }
        schedule = new CronSchedule(text, hasSeconds, fields);
        error = null;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Expression;
}
