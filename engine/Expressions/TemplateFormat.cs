using System.Globalization;

namespace CongVu.Engine.Expressions;

/// <summary>Date, number and equality rules behind the template helpers, kept free of Handlebars types so they test directly.</summary>
internal static class TemplateFormat
{
    private const string DefaultDateTimeFormat = "yyyy-MM-dd HH:mm:ss";
    private const string DefaultDateFormat = "yyyy-MM-dd";

    /// <summary>Formats a date-like value, first moving it into <paramref name="timeZoneId"/> when one is given.</summary>
    public static string Date(object? value, string? format, string? timeZoneId, string? culture)
    {
        var provider = Culture(culture);
        var zone = string.IsNullOrWhiteSpace(timeZoneId) ? null : TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        switch (value)
        {
            case null:
                return "";
            case DateOnly date:
                return date.ToString(format ?? DefaultDateFormat, provider);
            case DateTime dateTime when zone is null:
                return dateTime.ToString(format ?? DefaultDateTimeFormat, provider);
            case DateTime dateTime:
                // A DateTime without a kind comes from storage in UTC here, never from the server's local clock.
                var utc = dateTime.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dateTime, DateTimeKind.Utc) : dateTime;
                return Format(new DateTimeOffset(utc), format, zone, provider);
            case DateTimeOffset offset:
                return Format(offset, format, zone, provider);
            case string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed):
                return Format(parsed, format, zone, provider);
            default:
                // An unparsable value is shown as it is, so a template never fails over display formatting.
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }
    }

    /// <summary>Formats a number (or numeric text) with a .NET format string and culture, e.g. "N0" and "vi-VN".</summary>
    public static string Number(object? value, string? format, string? culture)
    {
        var provider = Culture(culture);
        return value switch
        {
            null => "",
            string text when decimal.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var parsed) => parsed.ToString(format, provider),
            IFormattable number and not DateTime and not DateTimeOffset => number.ToString(format, provider),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
    }

    /// <summary>Loose equality for templates: 1, 1.0 and "1" are equal, as are true and "true".</summary>
    public static bool AreEqual(object? left, object? right)
    {
        if (left is null || right is null) return left is null && right is null;
        return left.Equals(right) || string.Equals(Canonical(left), Canonical(right), StringComparison.Ordinal);
    }

    private static string? Canonical(object value) => value switch
    {
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Format(DateTimeOffset value, string? format, TimeZoneInfo? zone, IFormatProvider provider) =>
        (zone is null ? value : TimeZoneInfo.ConvertTime(value, zone)).ToString(format ?? DefaultDateTimeFormat, provider);

    private static CultureInfo Culture(string? name) =>
        string.IsNullOrWhiteSpace(name) ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
}
