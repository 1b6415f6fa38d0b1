using System.Globalization;
using CongVu.Engine.Execution;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Complaints;

/// <summary>
/// The legal time limits of a case, in calendar days counted from the day after acceptance (thụ lý; Bộ luật Dân sự 2015,
/// Điều 147: a period in days starts the next day and ends at the end of its last day).
/// <list type="bullet">
/// <item>Luật Khiếu nại 2011, Điều 28: at most 30 days from acceptance, 45 for a complex case; in remote and disadvantaged
/// areas 45 and 60. The city applies the same limits to feedback (phản ánh, kiến nghị).</item>
/// <item>That law has no extension beyond those limits, so an extension can only bring a case found complex during
/// investigation to the complex limit (it is then marked complex).</item>
/// <item>Luật Tố cáo 2018, Điều 30: 30 days from acceptance; a complex case may be extended once, an especially complex one
/// twice, each time by at most 30 days.</item>
/// </list>
/// A due instant is 23:59 local time on the last day, so that task pages, reminders and e-mails ("hạn 31/03/2027") name the
/// same day the law does; the minute short of midnight is the price of not showing "01/04/2027 00:00" for a limit ending on 31/03.
/// </summary>
public sealed class ComplaintTimeLimits(IOptions<ComplaintOptions> options, EngineEnvironment environment)
{
    public const int DenunciationExtensionDays = 30;
    public const int DenunciationMaxExtensions = 2;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public int Days(bool complex) => (options.Value.RemoteArea, complex) switch
    {
        (false, false) => 30,
        (false, true) => 45,
        (true, false) => 45,
        (true, true) => 60,
    };

    /// <summary>The due instant (UTC) of a case accepted at <paramref name="acceptedUtc"/>.</summary>
    public DateTime DueAt(DateTime acceptedUtc, bool complex) => EndOf(LocalDate(acceptedUtc).AddDays(Days(complex)));

    /// <summary>The last day to resolve a case due at <paramref name="dueUtc"/>, local.</summary>
    public DateOnly LastDay(DateTime dueUtc) => LocalDate(dueUtc.AddTicks(-1));

    /// <summary>"31/03/2027": the last day, as pages and documents show it.</summary>
    public string LastDayText(DateTime? dueUtc) => dueUtc is { } due ? LastDay(due).ToString("dd/MM/yyyy", Invariant) : "";

    /// <summary>The due instant of a last day chosen in a form: 23:59 local time that day.</summary>
    public DateTime EndOf(DateOnly lastDay) =>
        TimeZoneInfo.ConvertTimeToUtc(lastDay.ToDateTime(new TimeOnly(23, 59)), environment.TimeZone);

    /// <summary>00:00 local time on <paramref name="day"/>, as UTC.</summary>
    public DateTime StartOf(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), environment.TimeZone);

    public DateOnly LocalDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), environment.TimeZone));

    /// <summary>
    /// Whether the case may run until <paramref name="newLastDay"/>: the new due instant, or why not (Vietnamese, naming the law).
    /// </summary>
    public (DateTime? NewDueAt, string? Problem) CheckExtension(Complaint complaint, int extensionsSoFar, DateOnly newLastDay)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (complaint.AcceptedAt is not { } accepted || complaint.DueAt is not { } due)
            return (null, "Phản ánh chưa được thụ lý nên chưa có thời hạn để gia hạn.");
        var lastDay = LastDay(due);
        if (newLastDay <= lastDay)
            return (null, $"Ngày gia hạn phải sau hạn giải quyết hiện tại ({Text(lastDay)}).");
        if (complaint.Category == ComplaintCategories.Denunciation)
        {
            if (extensionsSoFar >= DenunciationMaxExtensions)
                return (null, "Vụ việc tố cáo chỉ được gia hạn tối đa hai lần (Luật Tố cáo 2018, Điều 30).");
            var latest = lastDay.AddDays(DenunciationExtensionDays);
            if (newLastDay > latest)
                return (null, $"Mỗi lần gia hạn giải quyết tố cáo không quá 30 ngày (Luật Tố cáo 2018, Điều 30): chậm nhất đến ngày {Text(latest)}.");
            return (EndOf(newLastDay), null);
        }
        var limit = LocalDate(accepted).AddDays(Days(complex: true));
        if (newLastDay > limit)
            return (null, $"Thời hạn giải quyết vụ việc phức tạp không quá {Days(complex: true)} ngày kể từ ngày thụ lý (Luật Khiếu nại 2011, Điều 28): chậm nhất đến ngày {Text(limit)}.");
        return (EndOf(newLastDay), null);
    }

    private static string Text(DateOnly date) => date.ToString("dd/MM/yyyy", Invariant);
}
