using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace CongVu.Engine.Scheduling.Time;

// Parsing of the written forms; resolution is in DeadlineSpec.cs.
public sealed partial class DeadlineSpec
{
    // A bound keeps day arithmetic far from DateTime's limits; 100 years is beyond any administrative deadline.
    private const int MaxDays = 36_600;

    private const string Expected =
        "expected dd/MM, dd/MM/yyyy, 'N days', 'Nd', 'N working days', 'Nwd', an ISO 8601 duration such as PT5M, "
        + "[d.]hh:mm:ss, or an ISO 8601 date-time with offset";

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> explaining the accepted forms.</summary>
    public static DeadlineSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var spec, out var error) ? spec : throw new FormatException(error);
    }

    /// <summary>Parses <paramref name="text"/> (case-insensitive, whitespace tolerant), reporting a message instead of throwing.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DeadlineSpec? spec, [NotNullWhen(false)] out string? error)
    {
        spec = null;
        var s = text?.Trim() ?? "";
        error = s.Length == 0 ? $"Deadline is empty; {Expected}." : TryParseForm(s, out spec);
        return error is null;
    }

    private static string? TryParseForm(string s, out DeadlineSpec? spec)
    {
        spec = null;
        Match m;
        if ((m = YearlyPattern().Match(s)).Success)
        {
            var (day, month) = (Number(m.Groups[1]), Number(m.Groups[2]));
            if (!YearlyDate.IsValid(day, month)) return $"Deadline '{s}': {day:00}/{month:00} is not a day of the year.";
            spec = new DeadlineSpec(s, DeadlineKind.YearlyDate) { Day = day, Month = month };
        }
        else if ((m = DatePattern().Match(s)).Success)
        {
            var (day, month, year) = (Number(m.Groups[1]), Number(m.Groups[2]), Number(m.Groups[3]));
            if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
                return $"Deadline '{s}': {day:00}/{month:00}/{year:0000} is not a valid date.";
            spec = new DeadlineSpec(s, DeadlineKind.FixedDate) { Date = new DateOnly(year, month, day) };
        }
        else if ((m = DaysPattern().Match(s)).Success)
        {
            var working = m.Groups[2].Value.StartsWith('w') || m.Groups[2].Value.StartsWith('W');
            if (!int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days > MaxDays)
                return $"Deadline '{s}': the number of days must be at most {MaxDays}.";
            spec = new DeadlineSpec(s, working ? DeadlineKind.WorkingDays : DeadlineKind.CalendarDays) { Amount = days };
        }
        else if (s[0] is 'P' or 'p' || s.StartsWith("-P", StringComparison.OrdinalIgnoreCase))
        {
            TimeSpan duration;
            try
            {
                duration = XmlConvert.ToTimeSpan(s.ToUpperInvariant());
            }
            catch (Exception ex) when (ex is FormatException or OverflowException)
            {
                return $"Deadline '{s}' is not a valid ISO 8601 duration (e.g. PT5M, P30D, P1DT12H).";
            }
            if (duration < TimeSpan.Zero) return $"Deadline '{s}': a duration cannot be negative.";
            spec = new DeadlineSpec(s, DeadlineKind.Duration) { Duration = duration };
        }
        else if (TimeSpan.TryParseExact(s, [@"h\:mm\:ss", @"d\.h\:mm\:ss"], CultureInfo.InvariantCulture, out var span))
        {
            spec = new DeadlineSpec(s, DeadlineKind.Duration) { Duration = span };
        }
        else if (InstantPattern().IsMatch(s))
        {
            if (!DateTimeOffset.TryParse(s.ToUpperInvariant(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
                return $"Deadline '{s}' is not a valid ISO 8601 date-time.";
            spec = new DeadlineSpec(s, DeadlineKind.Instant) { Instant = instant };
        }
        else
        {
            return $"Deadline '{s}' is not recognised; {Expected}.";
        }
        return null;
    }

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([0-9]{1,2})\s*/\s*([0-9]{1,2})$")]
    private static partial Regex YearlyPattern();

    [GeneratedRegex(@"^([0-9]{1,2})\s*/\s*([0-9]{1,2})\s*/\s*([0-9]{4})$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^([0-9]+)\s*(d|days?|calendar\s+days?|wd|working\s+days?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysPattern();

    // The offset is required: a date-time without one would silently depend on the server's zone.
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:?[0-9]{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InstantPattern();
}
