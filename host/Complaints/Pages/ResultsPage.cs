using System.Text;
using CongVu.Host.Complaints.Persistence;
using CongVu.Host.Inbox;
using CongVu.Host.People.Pages;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Complaints.Pages;

/// <summary><c>/phan-anh/ket-qua</c>: the published results, newest first (code, unit, category, result, apology), 20 a page; no one is named.</summary>
internal static class ResultsPage
{
    private const int PageSize = 20;

    public static void MapResults(this IEndpointRouteBuilder app) =>
        app.MapGet(ComplaintPaths.Results, async (HttpContext context, IDbContextFactory<ComplaintsDbContext> factory, ComplaintUnits units, InboxTime time,
            PageLayout layout, CancellationToken ct) =>
        {
            var page = int.TryParse(context.Request.Query["trang"], out var p) ? Math.Clamp(p, 1, 1000) : 1;
            await using var db = await factory.CreateDbContextAsync(ct);
            var rows = await db.Complaints.AsNoTracking().Where(c => c.PublishedAt != null).OrderByDescending(c => c.PublishedAt)
                .Skip((page - 1) * PageSize).Take(PageSize + 1)
                .Select(c => new { c.TrackingCode, c.UnitId, c.Category, c.PublishedAt, c.PublishedSummary, c.AtFault }).ToListAsync(ct);
            var named = await units.ByIdAsync(rows.Select(r => r.UnitId), ct);
            var html = new StringBuilder(ComplaintStyles.Block).Append("<section class=\"card\">\n<h1>Kết quả giải quyết phản ánh, kiến nghị</h1>\n")
                .Append("<p>Kết quả giải quyết được công khai theo Chỉ thị số 10/CT-TTg; thông tin người phản ánh được giữ bí mật.</p>\n");
            if (rows.Count == 0) html.Append("<p class=\"muted\">Chưa có kết quả nào được công khai.</p>\n");
            html.Append("</section>\n");
            foreach (var r in rows.Take(PageSize))
            {
                var unit = r.UnitId is { } id && named.TryGetValue(id, out var u) ? u.Name : null;
                html.Append("<section class=\"card\">\n<h2>").Append(PageLayout.Encode(r.TrackingCode)).Append("</h2>\n<p class=\"meta\">")
                    .Append(PageLayout.Encode(string.Join(" · ", new[] { unit, r.Category, $"công khai ngày {time.FormatDate(r.PublishedAt!.Value)}" }.Where(x => x is { Length: > 0 }))))
                    .Append("</p>\n<p class=\"result\">").Append(PageLayout.Encode(r.PublishedSummary)).Append("</p>\n");
                if (r.AtFault) html.Append("<p class=\"apology\">").Append(PageLayout.Encode(ComplaintViews.ApologyText(unit))).Append("</p>\n");
                html.Append("</section>\n");
            }
            html.Append("<p class=\"pager\">");
            if (page > 1) html.Append("<a href=\"").Append(ComplaintPaths.Results).Append("?trang=").Append(page - 1).Append("\">‹ Trang trước</a>");
            if (rows.Count > PageSize) html.Append("<a href=\"").Append(ComplaintPaths.Results).Append("?trang=").Append(page + 1).Append("\">Trang sau ›</a>");
            html.Append("</p>\n");
            return layout.Render(context, "Kết quả giải quyết phản ánh", html.ToString());
        }).WithCookieUser();
}
