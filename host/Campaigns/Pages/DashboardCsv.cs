using System.Text;
using CongVu.Host.People;

namespace CongVu.Host.Campaigns.Pages;

/// <summary>The dashboard's per-unit table as CSV: UTF-8 with a byte-order mark (so Excel reads Vietnamese), CRLF lines, RFC 4180 quoting.</summary>
internal static class DashboardCsv
{
    private static readonly string[] Header = ["Mã đơn vị", "Tên đơn vị", "Khối", "Trạng thái", "Thời điểm nộp", "Đúng hạn", "Thời điểm tiếp nhận"];

    public static byte[] Render(IReadOnlyList<CampaignSubmission> rows, TimeZoneInfo zone)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var row in rows)
        {
            Line(csv, [
                row.UnitCode,
                row.UnitName,
                Blocs.DisplayName(row.Bloc),
                SubmissionStatus.DisplayName(row.Status),
                row.SubmittedAt is { } at ? CampaignDates.Text(at, zone) : "",
                Timeliness.DisplayName(Timeliness.Of(row)),
                row.ApprovedAt is { } approved ? CampaignDates.Text(approved, zone) : "",
            ]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) csv.Append(',');
            csv.Append(Field(fields[i]));
        }
        csv.Append("\r\n");
    }

    private static string Field(string value)
    {
        // A cell starting with = + - @ is a formula to a spreadsheet; a leading apostrophe keeps it text.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
