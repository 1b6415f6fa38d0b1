using System.Globalization;
using CongVu.Engine.Execution;

namespace CongVu.Host.Inbox;

/// <summary>Now, and times as people here read them: dd/MM/yyyy (HH:mm) in the engine's time zone (Asia/Ho_Chi_Minh).</summary>
public sealed class InboxTime(EngineEnvironment environment)
{
    public DateTime UtcNow => environment.Clock.UtcNow.UtcDateTime;

    /// <summary>"dd/MM/yyyy HH:mm", local time.</summary>
    public string Format(DateTime utc) => Local(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"dd/MM/yyyy", local date.</summary>
    public string FormatDate(DateTime utc) => Local(utc).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public bool IsOverdue(DateTime? dueUtc) => dueUtc is { } due && due < UtcNow;

    private DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), environment.TimeZone);
}
