using System.Globalization;
using CongVu.Engine.Outbox;
using CongVu.Host.People.Pages;

namespace CongVu.Host.Email.Pages;

/// <summary>Paths and display rules shared by the "Thư đã gửi" pages.</summary>
internal static class SentMailView
{
    public const string ListPath = "/quan-tri/thu-da-gui";

    public static string MessagePath(string id) => $"{ListPath}/{Uri.EscapeDataString(id)}";

    public static string EmlPath(string id) => $"{MessagePath(id)}/eml";

    public static string StatusName(string status) => status switch
    {
        OutboxStatus.Pending => "Đang chờ",
        OutboxStatus.Sent => "Đã gửi",
        OutboxStatus.Failed => "Lỗi",
        _ => status,
    };

    /// <summary>The status in the list's address (<c>?trang-thai=loi</c>).</summary>
    public static string Slug(string status) => status switch
    {
        OutboxStatus.Pending => "dang-cho",
        OutboxStatus.Sent => "da-gui",
        OutboxStatus.Failed => "loi",
        _ => status,
    };

    /// <summary>A status badge, HTML.</summary>
    public static string StatusBadge(string status) =>
        $"<span class=\"badge {status.ToLowerInvariant()}\">{PageLayout.Encode(StatusName(status))}</span>";

    /// <summary>dd/MM/yyyy HH:mm in the engine's time zone (Vietnam), or empty.</summary>
    public static string Time(DateTime? utc, TimeZoneInfo zone) => utc is { } value
        ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
        : "";

    public static string Recipients(EmailPayload? payload) => payload is null
        ? ""
        : payload.Confidential ? ConfidentialRecipients
        : string.Join(", ", payload.To.Select(r => string.IsNullOrEmpty(r.Name) ? r.Address : $"{r.Name} <{r.Address}>"));

    public const string ConfidentialRecipients = "Người gửi phản ánh, kiến nghị (địa chỉ được bảo mật)";

    public const string Css = """
        <style>
        .badge{display:inline-block;padding:.1rem .5rem;border-radius:999px;font-size:.85rem;white-space:nowrap}
        .badge.pending{background:#fff4d6;color:#7a5200}.badge.sent{background:#e3f6e8;color:#1e6b34}.badge.failed{background:#fdecea;color:#8a1c1c}
        .filters a,.pager a{margin-right:.75rem}.filters .current{font-weight:700;margin-right:.75rem}
        .muted{color:#616e7c;font-size:.9rem}.error-text{color:#8a1c1c;font-size:.9rem;word-break:break-word}
        iframe{width:100%;min-height:28rem;border:1px solid #e4e7eb;border-radius:4px;background:#fff}
        pre{white-space:pre-wrap;word-break:break-word;background:#f8f9fa;padding:.75rem;border-radius:4px}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem}dt{font-weight:600}dd{margin:0;word-break:break-word}
        </style>
        """;
}
