using System.Globalization;
using System.Text.RegularExpressions;
using CongVu.Engine.Scheduling.Time;

namespace CongVu.Host.Campaigns;

/// <summary>
/// A campaign's dates in local time: the due date is a whole day ("trước ngày 15/02" is read by the campaign as "by the
/// end of 15/02"), so a unit that submits at 23:59 on the due date is on time and one at 00:00 the next day is late.
/// </summary>
public static partial class CampaignDates
{
    /// <summary>
    /// The due date of a campaign of <paramref name="year"/>: "15/02" is 15/02 of that year, "15/02/2027" or "2027-02-15"
    /// that date, and a count ("10 working days", "30 days") the local date it reaches from <paramref name="nowUtc"/>.
    /// </summary>
    public static DateOnly DueDate(string text, int year, DateTimeOffset nowUtc, TimeZoneInfo zone, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (ReadDate(text, year) is { } date) return date;
        var due = DeadlineSpec.Parse(text.Trim()).Resolve(nowUtc, zone, calendar);
        return LocalDate(due, zone);
    }

    /// <summary>
    /// When a consolidation stops waiting: the end of a written date (the campaign's year for "15/06"), a day count
    /// after the end of the campaign's due date, or an ISO date-time as written; empty means the end of the due date.
    /// </summary>
    public static DateTimeOffset Deadline(string? text, Campaign campaign, TimeZoneInfo zone, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(calendar);
        if (string.IsNullOrWhiteSpace(text)) return EndOf(campaign.DueDate, zone);
        if (ReadDate(text, campaign.Year) is { } date) return EndOf(date, zone);
        var spec = DeadlineSpec.Parse(text.Trim());
        return spec.Kind switch
        {
            // Whole days counted from the due date, ending with the day they reach.
            DeadlineKind.CalendarDays or DeadlineKind.WorkingDays =>
                EndOf(LocalDate(spec.Resolve(StartOf(campaign.DueDate, zone), zone, calendar), zone), zone),
            _ => spec.Resolve(EndOf(campaign.DueDate, zone), zone, calendar),
        };
    }

    /// <summary>
    /// On time: before 00:00 local time of the due date. The documents say "trước ngày 15/02" (before that day), and a
    /// task due "15/02" is escalated at that same instant, so the dashboard and the escalations agree.
    /// </summary>
    public static bool IsOnTime(DateTimeOffset submittedUtc, DateOnly dueDate, TimeZoneInfo zone) => submittedUtc < StartOf(dueDate, zone);

    /// <summary>The instant the day after <paramref name="date"/> starts, local time: the end of that date.</summary>
    public static DateTimeOffset EndOf(DateOnly date, TimeZoneInfo zone) => StartOf(date.AddDays(1), zone);

    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public static DateTime Local(DateTime utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>"dd/MM/yyyy".</summary>
    public static string Text(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"dd/MM/yyyy HH:mm", local time.</summary>
    public static string Text(DateTime utc, TimeZoneInfo zone) => Local(utc, zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"yyyy-MM-dd".</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2027-02-15T01:30:00.0000000Z".</summary>
    public static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>A written date: dd/MM (in <paramref name="year"/>), dd/MM/yyyy or yyyy-MM-dd; null for anything else.</summary>
    private static DateOnly? ReadDate(string text, int year)
    {
        var s = text.Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
        if (FullDate().Match(s) is { Success: true } full)
            return Date(Number(full.Groups[3]), Number(full.Groups[2]), Number(full.Groups[1]), s);
        if (DayMonth().Match(s) is { Success: true } yearly)
            return Date(year, Number(yearly.Groups[2]), Number(yearly.Groups[1]), s);
        return null;
    }

    private static DateOnly Date(int year, int month, int day, string text) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a date in {year}."));

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([0-9]{1,2})\s*/\s*([0-9]{1,2})$")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^([0-9]{1,2})\s*/\s*([0-9]{1,2})\s*/\s*([0-9]{4})$")]
    private static partial Regex FullDate();
}
