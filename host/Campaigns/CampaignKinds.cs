using System.Globalization;

namespace CongVu.Host.Campaigns;

/// <summary>The four campaign families, their ids, workflows, default titles and due dates (DOMAIN.md).</summary>
public static class CampaignKinds
{
    public const string Plan = "ke-hoach";
    public const string Registration = "dang-ky";
    public const string Report = "bao-cao";
    public const string ComplaintReport = "bao-cao-phan-anh";

    /// <summary>Report periods: the first six months, and the whole year.</summary>
    public const string HalfYear = "6t", FullYear = "nam";

    public static IReadOnlyList<string> All { get; } = [Plan, Registration, Report, ComplaintReport];

    public static string? Parse(string? text) =>
        All.FirstOrDefault(k => string.Equals(k, text?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The period a campaign of <paramref name="kind"/> has: only reports have one (6t or nam).</summary>
    public static string Period(string kind, string? requested, int localMonth)
    {
        if (kind != Report) return "";
        return requested?.Trim().ToLowerInvariant() switch
        {
            null or "" => localMonth < 7 ? HalfYear : FullYear,
            HalfYear => HalfYear,
            FullYear => FullYear,
            var other => throw new FormatException($"Period '{other}' is not a report period ({HalfYear} or {FullYear})."),
        };
    }

    /// <summary>"dang-ky-2027", "bao-cao-2027-6t".</summary>
    public static string CampaignId(string kind, int year, string period) =>
        period.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{kind}-{year}")
            : string.Create(CultureInfo.InvariantCulture, $"{kind}-{year}-{period}");

    /// <summary>The published workflow that runs a campaign of this kind (workflows/{id}.json).</summary>
    public static string DefinitionId(string kind) => kind == ComplaintReport ? "bao-cao-phan-anh-nam" : kind;

    /// <summary>The due date written in the source documents: 15/02 for plans and registrations, 15/06 and 15/12 for reports, 10/11 for the complaint report.</summary>
    public static string DefaultDue(string kind, string period) => kind switch
    {
        Report => period == FullYear ? "15/12" : "15/06",
        ComplaintReport => "10/11",
        _ => "15/02",
    };

    public static string DefaultTitle(string kind, int year, string period) => kind switch
    {
        Plan => $"Kế hoạch thực hiện \"5 xây, 3 chống\" năm {year}",
        Registration => $"Đăng ký thực hiện \"5 xây, 3 chống\" năm {year}",
        Report when period == FullYear => $"Báo cáo kết quả thực hiện \"5 xây, 3 chống\" năm {year}",
        Report => $"Báo cáo kết quả thực hiện \"5 xây, 3 chống\" 6 tháng đầu năm {year}",
        _ => $"Báo cáo công tác tiếp nhận, xử lý phản ánh, kiến nghị năm {year}",
    };

    public static string DisplayName(string kind) => kind switch
    {
        Plan => "Kế hoạch",
        Registration => "Đăng ký",
        Report => "Báo cáo 6 tháng / năm",
        ComplaintReport => "Báo cáo xử lý phản ánh",
        _ => kind,
    };

    public static string PeriodName(string period) => period switch
    {
        HalfYear => "6 tháng",
        FullYear => "Năm",
        _ => "",
    };
}
