using System.Globalization;
using System.Text;
using CongVu.Engine.Outbox;
using CongVu.Engine.Scheduling.Time;
using CongVu.Engine.Tasks;
using CongVu.Host.People;
using CongVu.Host.People.Pages;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Email.Pages;

/// <summary>The administrators' list of outbox e-mails, newest first, filtered by status and paged (<c>/quan-tri/thu-da-gui</c>).</summary>
internal static class SentMailPage
{
    public const int PageSize = 50;
    private static readonly string[] Statuses = [OutboxStatus.Pending, OutboxStatus.Sent, OutboxStatus.Failed];

    public static void MapSentMailPages(this IEndpointRouteBuilder app)
    {
        app.MapGet(SentMailView.ListPath, ListAsync).RequireAuthorization(PeoplePolicies.StudioAdmin);
        app.MapSentMailMessagePage();
    }

    private static async Task<IResult> ListAsync(HttpContext context, PageLayout layout, IOutboxStore outbox, IOptions<TimeOptions> time, CancellationToken ct)
    {
        var query = context.Request.Query;
        var status = Statuses.FirstOrDefault(s => SentMailView.Slug(s) == query["trang-thai"]);
        var page = int.TryParse(query["trang"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 1_000_000 ? p : 1;
        var list = await outbox.ListMessagesAsync(status, (page - 1) * PageSize, PageSize, ct);
        var pages = Math.Max(1, (list.TotalCount + PageSize - 1) / PageSize);
        var zone = time.Value.ResolveTimeZone();

        var rows = new StringBuilder();
        foreach (var m in list.Items)
        {
            var payload = m.Channel == EmailPayload.Channel ? EmailPayload.TryFromJson(m.Payload) : null;
            var subject = payload?.Subject is { Length: > 0 } s ? s : $"({m.Channel})";
            rows.Append("<tr><td>").Append(SentMailView.StatusBadge(m.Status))
                .Append("</td><td>").Append(PageLayout.Encode(SentMailView.Recipients(payload)))
                .Append("</td><td><a href=\"").Append(PageLayout.Encode(SentMailView.MessagePath(m.Id))).Append("\">").Append(PageLayout.Encode(subject)).Append("</a>")
                .Append(m.LastError is { Length: > 0 } error ? $"<div class=\"error-text\">{PageLayout.Encode(error)}</div>" : "")
                .Append("</td><td>").Append(SentMailView.Time(m.CreatedAt, zone))
                .Append("</td><td>").Append(SentMailView.Time(m.SentAt, zone))
                .Append("</td><td>").Append(m.Attempts.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }
        if (list.Items.Count == 0) rows.Append("<tr><td colspan=\"6\">Chưa có thư nào.</td></tr>\n");

        return layout.Render(context, "Thư đã gửi", $"""
            {SentMailView.Css}
            <section class="card">
            <h1>Thư đã gửi</h1>
            <p class="filters">{Filters(status)}</p>
            <p class="muted">{list.TotalCount.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} thư · trang {page}/{pages} · giờ Việt Nam</p>
            <div class="scroll"><table>
            <thead><tr><th>Trạng thái</th><th>Người nhận</th><th>Tiêu đề / lỗi gần nhất</th><th>Tạo lúc</th><th>Gửi lúc</th><th>Số lần thử</th></tr></thead>
            <tbody>
            {rows}</tbody>
            </table></div>
            <p class="pager">{Pager(status, page, pages)}</p>
            </section>
            """);
    }

    private static string Filters(string? current)
    {
        var links = new StringBuilder();
        foreach (var (status, name) in new (string?, string)[] { (null, "Tất cả") }.Concat(Statuses.Select(s => ((string?)s, SentMailView.StatusName(s)))))
        {
            if (status == current) links.Append("<span class=\"current\">").Append(PageLayout.Encode(name)).Append("</span>");
            else links.Append("<a href=\"").Append(PageLayout.Encode(ListUrl(status, 1))).Append("\">").Append(PageLayout.Encode(name)).Append("</a>");
        }
        return links.ToString();
    }

    private static string Pager(string? status, int page, int pages) =>
        (page > 1 ? $"<a href=\"{PageLayout.Encode(ListUrl(status, page - 1))}\">« Trang trước</a>" : "")
        + (page < pages ? $"<a href=\"{PageLayout.Encode(ListUrl(status, page + 1))}\">Trang sau »</a>" : "");

    private static string ListUrl(string? status, int page)
    {
        var query = new List<string>();
        if (status is not null) query.Add($"trang-thai={SentMailView.Slug(status)}");
        if (page > 1) query.Add($"trang={page.ToString(CultureInfo.InvariantCulture)}");
        return query.Count == 0 ? SentMailView.ListPath : $"{SentMailView.ListPath}?{string.Join('&', query)}";
    }
}
