using System.Globalization;

namespace CongVu.Engine.Scheduling.Time;

/// <summary>Name, bounds and value names of one cron field, and the parser for its text.</summary>
internal sealed record CronFieldDefinition(string Name, int Min, int Max, string[]? Names = null, int FirstNameValue = 0)
{
    public static readonly CronFieldDefinition Second = new("second", 0, 59);
    public static readonly CronFieldDefinition Minute = new("minute", 0, 59);
    public static readonly CronFieldDefinition Hour = new("hour", 0, 23);
    public static readonly CronFieldDefinition DayOfMonth = new("day-of-month", 1, 31);
    public static readonly CronFieldDefinition Month = new("month", 1, 12,
        ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1);

    // 7 is accepted as a second Sunday, as in Vixie cron; it is folded onto 0 after parsing.
    public static readonly CronFieldDefinition DayOfWeek = new("day-of-week", 0, 7,
        ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"], 0);

    /// <summary>Parses a field such as <c>*/15</c>, <c>1-5</c>, <c>MON,WED</c> or <c>10-40/10</c>.</summary>
    public bool TryParse(string text, out CronField field, out string? error)
    {
        field = default;
        ulong bits = 0;
        foreach (var item in text.Split(','))
        {
            error = ParseItem(item, ref bits);
            if (error is not null)
            {
                error = $"{Name} field '{text}': {error}";
                return false;
            }
        }
        if (ReferenceEquals(this, DayOfWeek) && (bits & (1UL << 7)) != 0) bits = (bits & ~(1UL << 7)) | 1UL;
        field = new CronField(bits, text[0] is '*' or '?');
        error = null;
        return true;
    }

    private string? ParseItem(string item, ref ulong bits)
    {
        if (item.Length == 0) return "empty list item.";
        var parts = item.Split('/');
        if (parts.Length > 2) return $"'{item}' has more than one '/'.";
        var step = 1;
        if (parts.Length == 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1 || step > Max))
            return $"step '{parts[1]}' must be a number from 1 to {Max}.";

        int low, high;
        var range = parts[0];
        if (range is "*" or "?")
        {
            (low, high) = (Min, Max);
        }
        else
        {
            var dash = range.IndexOf('-', StringComparison.Ordinal);
            var error = ParseValue(dash < 0 ? range : range[..dash], out low);
            if (error is not null) return error;
            high = parts.Length == 2 ? Max : low; // "5/15" means from 5 to the end, every 15
            if (dash >= 0 && (error = ParseValue(range[(dash + 1)..], out high)) is not null) return error;
            // "FRI-SUN" reads naturally as Friday to Sunday; Sunday's 0 would otherwise make it a reversed range.
            if (ReferenceEquals(this, DayOfWeek) && high == 0 && low > 0) high = 7;
            if (low > high) return $"range '{range}' is reversed (from {low} to {high}).";
        }
        for (var v = low; v <= high; v += step) bits |= 1UL << v;
        return null;
    }

    private string? ParseValue(string token, out int value)
    {
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out value))
            return value >= Min && value <= Max ? null : $"value {value} is out of range {Min}-{Max}.";
        var index = Names is null ? -1 : Array.FindIndex(Names, n => string.Equals(n, token, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            value = index + FirstNameValue;
            return null;
        }
        var hint = Names is null ? "" : $" or a name {Names[0]}-{Names[^1]}";
        return $"'{token}' is not a number {Min}-{Max}{hint}.";
    }
}
