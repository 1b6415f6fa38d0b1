using System.Text;
using CongVu.Host.Complaints.Persistence;
using CongVu.Host.Inbox;
using CongVu.Host.People;
using CongVu.Host.People.Pages;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Complaints.Pages;

/// <summary>
/// <c>/phan-anh/quan-ly</c>: the cases of the person's units (own, headed, supervised; administrators: all), open ones first
/// by due date, overdue ones marked. Code, subject, category, unit, status and due date — never who sent them.
/// </summary>
internal static class CaseListPage
{
    private const int PageSize = 50;

    public static void MapCaseList(this IEndpointRouteBuilder app) =>
        app.MapGet(ComplaintPaths.Manage, async (HttpContext context, ComplaintAccess access, IDbContextFactory<ComplaintsDbContext> factory, ComplaintUnits units,
            ComplaintTimeLimits limits, InboxTime time, PageLayout layout, CancellationToken ct) =>
        {
            var userId = InboxUser.Id(context.User)!;
            if (await access.LoadAsync(userId, ct) is not { } actor) return Results.Redirect(PeoplePaths.Login);
            var status = context.Request.Query["trang-thai"].ToString() is var s && ComplaintStatus.IsKnown(s) ? s : null;
            var overdueOnly = context.Request.Query["qua-han"] == "1";
            var page = int.TryParse(context.Request.Query["trang"], out var p) ? Math.Clamp(p, 1, 1000) : 1;
            var now = time.UtcNow;

            await using var db = await factory.CreateDbContextAsync(ct);
            var query = db.Complaints.AsNoTracking();
            if (!actor.IsAdmin)
            {
                var scope = ComplaintAccess.Scope(actor).ToList();
                query = query.Where(c => (c.UnitId != null && scope.Contains(c.UnitId)) || (c.ReceivingUnitId != null && scope.Contains(c.ReceivingUnitId))
                    || c.OfficerUserId == userId);
            }
            if (status is not null) query = query.Where(c => c.Status == status);
            if (overdueOnly) query = query.Where(c => c.AnsweredAt == null && c.DueAt != null && c.DueAt < now);
            var rows = await query.OrderBy(c => c.AnsweredAt != null).ThenBy(c => c.DueAt == null).ThenBy(c => c.DueAt).ThenByDescending(c => c.ReceivedAt)
                .Skip((page - 1) * PageSize).Take(PageSize + 1)
                .Select(c => new { c.TrackingCode, c.Subject, c.Category, c.UnitId, c.Status, c.DueAt, c.AnsweredAt, c.ReceivedAt }).ToListAsync(ct);
            var named = await units.ByIdAsync(rows.Select(r => r.UnitId), ct);

            var html = new StringBuilder(ComplaintStyles.Block).Append("<section class=\"card\">\n<h1>Phản ánh, kiến nghị</h1>\n<p class=\"more\"><a href=\"")
                .Append(ComplaintPaths.Entry).Append("\">Nhập phản ánh (đường dây nóng, hộp thư)</a><a href=\"").Append(ComplaintPaths.Results).Append("\">Kết quả đã công khai</a></p>\n")
                .Append("<form method=\"get\" class=\"filters\" action=\"").Append(ComplaintPaths.Manage).Append("\"><div><label for=\"trang-thai\">Trạng thái</label><select id=\"trang-thai\" name=\"trang-thai\"><option value=\"\">Tất cả</option>");
            foreach (var option in ComplaintStatus.All)
                html.Append("<option value=\"").Append(option).Append('"').Append(option == status ? " selected" : "").Append('>').Append(PageLayout.Encode(ComplaintStatus.DisplayName(option))).Append("</option>");
            html.Append("</select></div><label class=\"check\"><input type=\"checkbox\" name=\"qua-han\" value=\"1\"").Append(overdueOnly ? " checked" : "")
                .Append("> Chỉ hồ sơ quá hạn</label><button type=\"submit\">Lọc</button></form>\n");
            if (rows.Count == 0) html.Append("<p class=\"muted\">Không có phản ánh nào.</p>\n");
            else
            {
                html.Append("<div class=\"scroll\"><table class=\"cases\">\n<thead><tr><th>Mã số</th><th>Tiêu đề</th><th>Lĩnh vực</th><th>Đơn vị giải quyết</th><th>Trạng thái</th><th>Ngày tiếp nhận</th><th>Hạn giải quyết</th></tr></thead>\n<tbody>\n");
                foreach (var r in rows.Take(PageSize))
                {
                    var overdue = r.AnsweredAt is null && r.DueAt is { } due && due < now;
                    var late = r.AnsweredAt is { } answered && r.DueAt is { } d && answered > d;
                    html.Append(overdue ? "<tr class=\"overdue\">" : "<tr>")
                        .Append("<td data-label=\"Mã số\"><a href=\"").Append(PageLayout.Encode(ComplaintPaths.Case(r.TrackingCode))).Append("\">").Append(PageLayout.Encode(r.TrackingCode)).Append("</a></td>")
                        .Append("<td data-label=\"Tiêu đề\">").Append(PageLayout.Encode(r.Subject)).Append("</td>")
                        .Append("<td data-label=\"Lĩnh vực\">").Append(PageLayout.Encode(r.Category ?? "—")).Append("</td>")
                        .Append("<td data-label=\"Đơn vị\">").Append(PageLayout.Encode(r.UnitId is { } id && named.TryGetValue(id, out var u) ? u.Name : "Chưa phân loại")).Append("</td>")
                        .Append("<td data-label=\"Trạng thái\">").Append(PageLayout.Encode(ComplaintStatus.DisplayName(r.Status))).Append("</td>")
                        .Append("<td data-label=\"Tiếp nhận\">").Append(time.FormatDate(r.ReceivedAt)).Append("</td>")
                        .Append("<td data-label=\"Hạn\">").Append(r.DueAt is null ? "—" : limits.LastDayText(r.DueAt))
                        .Append(overdue ? " <span class=\"late\">Quá hạn</span>" : late ? " <span class=\"late\">Trả lời trễ hạn</span>" : "").Append("</td></tr>\n");
                }
                html.Append("</tbody></table></div>\n");
            }
            html.Append("<p class=\"pager\">");
            var filters = (status is null ? "" : $"&trang-thai={status}") + (overdueOnly ? "&qua-han=1" : "");
            if (page > 1) html.Append("<a href=\"").Append(ComplaintPaths.Manage).Append("?trang=").Append(page - 1).Append(PageLayout.Encode(filters)).Append("\">‹ Trang trước</a>");
            if (rows.Count > PageSize) html.Append("<a href=\"").Append(ComplaintPaths.Manage).Append("?trang=").Append(page + 1).Append(PageLayout.Encode(filters)).Append("\">Trang sau ›</a>");
            html.Append("</p>\n</section>\n");
            return layout.Render(context, "Phản ánh, kiến nghị", html.ToString());
        }).RequireAuthorization(PeoplePolicies.SignedIn);
}
