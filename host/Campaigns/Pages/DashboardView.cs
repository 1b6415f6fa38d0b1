using System.Text;
using CongVu.Host.People;
using CongVu.Host.People.Pages;

namespace CongVu.Host.Campaigns.Pages;

/// <summary>One campaign on the dashboard: the counts, the chart, the bloc filter and one row per unit.</summary>
internal static class DashboardView
{
    public static string Render(Campaign campaign, IReadOnlyList<CampaignSubmission> rows, string? bloc, IReadOnlyList<string> blocs, TimeZoneInfo zone)
    {
        var counts = CampaignCounts.Of(rows);
        var chart = BarChart.Render("Tình hình nộp", [
            new("Đúng hạn", counts.OnTime, "#15803d"),
            new("Trễ hạn", counts.Late, "#d97706"),
            new("Chưa nộp", counts.Missing, "#9b1c1c"),
        ]);
        var period = campaign.Period.Length == 0 ? "" : $" · kỳ {PageLayout.Encode(CampaignKinds.PeriodName(campaign.Period))}";
        return $"""
            <section class="card">
            <p><a href="{CampaignPaths.Dashboard}">← Các chiến dịch</a></p>
            <h1>{PageLayout.Encode(campaign.Title)}</h1>
            <p class="muted">{PageLayout.Encode(CampaignKinds.DisplayName(campaign.Kind))} · năm {campaign.Year}{period} · hạn nộp {CampaignDates.Text(campaign.DueDate)}</p>
            {Filters(campaign, bloc, blocs)}
            <ul class="tiles">
            <li><b>{counts.Expected}</b><span>Phải nộp</span></li>
            <li><b>{counts.Submitted}</b><span>Đã nộp</span></li>
            <li><b class="ontime">{counts.OnTime}</b><span>Đúng hạn</span></li>
            <li><b class="late">{counts.Late}</b><span>Trễ hạn</span></li>
            <li><b class="missing">{counts.Missing}</b><span>Chưa nộp</span></li>
            </ul>
            {chart}
            <p><a href="{PageLayout.Encode(CampaignPaths.Csv(campaign.Id, bloc))}">Tải về tệp CSV</a></p>
            </section>
            <section class="card">
            <h2>Theo đơn vị</h2>
            {Table(rows, zone)}
            </section>
            """;
    }

    private static string Filters(Campaign campaign, string? bloc, IReadOnlyList<string> blocs)
    {
        if (blocs.Count < 2 && bloc is null) return "";
        var links = new StringBuilder("<nav class=\"filters\" aria-label=\"Lọc theo khối\">");
        links.Append(Link(CampaignPaths.Campaign(campaign.Id), "Tất cả", bloc is null));
        foreach (var b in blocs) links.Append(Link(CampaignPaths.Campaign(campaign.Id, b), Blocs.DisplayName(b), bloc == b));
        return links.Append("</nav>").ToString();
    }

    private static string Link(string href, string text, bool on) =>
        $"<a href=\"{PageLayout.Encode(href)}\"{(on ? " class=\"on\" aria-current=\"true\"" : "")}>{PageLayout.Encode(text)}</a>";

    private static string Table(IReadOnlyList<CampaignSubmission> rows, TimeZoneInfo zone)
    {
        if (rows.Count == 0) return "<p class=\"muted\">Không có đơn vị nào.</p>";
        var body = new StringBuilder();
        foreach (var row in rows)
        {
            var timeliness = Timeliness.Of(row);
            body.Append("<tr><td>").Append(PageLayout.Encode(row.UnitName)).Append("<br><span class=\"muted\">").Append(PageLayout.Encode(row.UnitCode)).Append("</span></td>")
                .Append("<td>").Append(PageLayout.Encode(Blocs.DisplayName(row.Bloc))).Append("</td>")
                .Append("<td>").Append(PageLayout.Encode(SubmissionStatus.DisplayName(row.Status))).Append("</td>")
                .Append("<td>").Append(row.SubmittedAt is { } at ? CampaignDates.Text(at, zone) : "—").Append("</td>")
                .Append("<td class=\"").Append(ClassOf(timeliness)).Append("\">").Append(Timeliness.DisplayName(timeliness)).Append("</td></tr>\n");
        }
        return $"""
            <div class="scroll"><table>
            <thead><tr><th>Đơn vị</th><th>Khối</th><th>Trạng thái</th><th>Thời điểm nộp</th><th>Đúng hạn</th></tr></thead>
            <tbody>
            {body}</tbody>
            </table></div>
            """;
    }

    private static string ClassOf(string timeliness) => timeliness switch
    {
        Timeliness.OnTime => "ontime",
        Timeliness.Late => "late",
        _ => "missing",
    };
}
