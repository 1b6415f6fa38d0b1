using System.Globalization;

namespace CongVu.Engine.Activities.Timing;

/// <summary>Reads a date-time text; without an offset it is local time in the given zone.</summary>
public static class LocalTime
{
    private static readonly string[] Formats = ["dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    public static DateTimeOffset? Parse(string? text, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        var hasOffset = text.EndsWith('Z') || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d\d:?\d\d$");
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            return withOffset.ToUniversalTime();
        if (!System.DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && !System.DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
            throw new FormatException($"'{text}' is not a date-time (expected dd/MM/yyyy HH:mm or ISO 8601).");
        var unspecified = System.DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, zone), TimeSpan.Zero);
    }
}
