using Microsoft.Extensions.Configuration;

namespace CongVu.Engine.Scheduling.Time;

/// <summary>Time zone and weekend settings of the engine, bound from the "Engine:Time" configuration section.</summary>
public sealed class TimeOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Engine:Time";

    private const string VietnamZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>Gets or sets the IANA time zone id in which schedules and deadlines are expressed.</summary>
    public string TimeZone { get; set; } = VietnamZoneId;

    // An array, not a set, because configuration binding fills arrays from JSON lists directly.
    /// <summary>Gets or sets the weekly days off; government day swaps are handled by the holiday calendar.</summary>
    public DayOfWeek[] Weekend { get; set; } = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>
    /// Reads the "Engine:Time" section of <paramref name="configuration"/>. Prefer this to plain <c>Bind</c>/<c>Configure</c>:
    /// the configuration binder appends list items to an array's default, so a configured weekend of
    /// ["Friday", "Saturday"] would otherwise become Saturday, Sunday, Friday, Saturday.
    /// </summary>
    public static TimeOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var options = section.Get<TimeOptions>() ?? new TimeOptions();
        if (section.GetSection(nameof(Weekend)).Get<DayOfWeek[]>() is { } weekend) options.Weekend = weekend;
        return options;
    }

    /// <summary>Finds <see cref="TimeZone"/> among the system zones (IANA ids work on Linux and, via ICU, on Windows).</summary>
    public TimeZoneInfo ResolveTimeZone()
    {
        if (string.IsNullOrWhiteSpace(TimeZone))
            throw new InvalidOperationException($"{SectionName}:TimeZone is empty; set an IANA id such as '{VietnamZoneId}'.");
        var id = TimeZone.Trim();
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (string.Equals(id, VietnamZoneId, StringComparison.OrdinalIgnoreCase))
        {
            // Slim container images may ship without tzdata; Vietnam has kept UTC+7 without DST since 1975,
            // so a fixed zone is exact for every date the engine handles.
            return TimeZoneInfo.CreateCustomTimeZone(VietnamZoneId, TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
        catch (TimeZoneNotFoundException ex)
        {
            throw new InvalidOperationException($"{SectionName}:TimeZone '{id}' is not a time zone known to this system.", ex);
        }
    }
}
