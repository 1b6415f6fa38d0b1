using System.Text;
using CongVu.Engine.Tasks;
using CongVu.Host.Files;
using CongVu.Host.Inbox;
using CongVu.Host.People;
using CongVu.Host.People.Pages;
using CongVu.Host.Tasks;

namespace CongVu.Host.Complaints.Pages;

/// <summary>
/// <c>/phan-anh/quan-ly/{code}</c>: one case for the people who may open it (<see cref="ComplaintAccess.CanOpen"/>; others
/// get 403 and learn nothing): its content, time limit and extensions, supplement, files, resolution, answer, published
/// result, open tasks and history. The reporter's identity only for the handling officer and the unit head.
/// </summary>
internal static class CasePage
{
    public static void MapCasePage(this IEndpointRouteBuilder app) =>
        app.MapGet(ComplaintPaths.Manage + "/{code}", async (string code, HttpContext context, ComplaintStore store, ComplaintAccess access, CaseView view, CancellationToken ct) =>
        {
            var complaint = await store.FindByCodeAsync(code, ct);
            if (complaint is null)
                return NoticePage.Render(context, "Không tìm thấy phản ánh", "Không có phản ánh với mã số này.", StatusCodes.Status404NotFound, (ComplaintPaths.Manage, "Về danh sách phản ánh"));
            var actor = await access.LoadAsync(InboxUser.Id(context.User)!, ct);
            if (actor is null || !ComplaintAccess.CanOpen(actor, complaint))
                return NoticePage.Render(context, "Không có quyền truy cập", "Bạn không có quyền xem hồ sơ phản ánh này.", StatusCodes.Status403Forbidden, (ComplaintPaths.Manage, "Về danh sách phản ánh"));
            var reporter = await access.CanSeeIdentityAsync(actor, complaint, ct) ? await store.FindReporterAsync(complaint.Id, ct) : null;
            return await view.RenderAsync(context, complaint, reporter, ct);
        }).RequireAuthorization(PeoplePolicies.SignedIn);
}

/// <summary>The HTML of the case page.</summary>
internal sealed class CaseView(ComplaintStore store, ComplaintUnits units, ComplaintTimeLimits limits, ITaskStore tasks, InboxDirectory directory, InboxTime time, PageLayout layout)
{
    public async Task<IResult> RenderAsync(HttpContext context, Complaint c, ComplaintReporter? reporter, CancellationToken ct)
    {
        var file = await store.LoadFileAsync(c.Id, ct);
        var named = await units.ByIdAsync([c.UnitId, c.ReceivingUnitId], ct);
        var open = string.IsNullOrEmpty(c.InstanceId) ? [] : (await tasks.ListTasksAsync(new TaskQuery { InstanceId = c.InstanceId }, ct)).Items;
        var people = await directory.UserNamesAsync(file.Events.Select(e => e.UserId).Concat(file.Extensions.Select(x => x.ByUserId)).Append(c.OfficerUserId)
            .Concat(open.Select(t => t.AssigneeUserId)), ct);
        string Unit(string? id) => id is not null && named.TryGetValue(id, out var u) ? u.Name : "—";
        string Person(string? id) => id is not null && people.TryGetValue(id, out var name) ? name : "—";

        var html = new StringBuilder(ComplaintStyles.Block);
        if (context.Request.Query.ContainsKey("moi")) html.Append("<p class=\"flash\" role=\"status\">Đã nhập phản ánh. Mã số: ").Append(PageLayout.Encode(c.TrackingCode)).Append("</p>\n");
        html.Append("<section class=\"card\">\n<p class=\"meta\"><a href=\"").Append(ComplaintPaths.Manage).Append("\">‹ Danh sách phản ánh</a></p>\n<h1>")
            .Append(PageLayout.Encode(c.TrackingCode)).Append(": ").Append(PageLayout.Encode(c.Subject)).Append("</h1>\n<dl class=\"facts\">\n");
        var overdue = c.AnsweredAt is null && c.DueAt is { } due && due < time.UtcNow;
        Fact(html, "Trạng thái", PageLayout.Encode(ComplaintStatus.DisplayName(c.Status)));
        Fact(html, "Kênh tiếp nhận", PageLayout.Encode(ComplaintChannels.DisplayName(c.Channel)));
        Fact(html, "Ngày tiếp nhận", time.Format(c.ReceivedAt));
        Fact(html, "Nơi tiếp nhận", PageLayout.Encode(Unit(c.ReceivingUnitId)));
        Fact(html, "Lĩnh vực", PageLayout.Encode(c.Category ?? "Chưa phân loại"));
        Fact(html, "Đơn vị giải quyết", PageLayout.Encode(c.UnitId is null ? "Chưa giao" : Unit(c.UnitId)));
        Fact(html, "Vụ việc phức tạp", c.IsComplex ? "Có" : "Không");
        if (c.AcceptedAt is { } accepted) Fact(html, "Ngày thụ lý", time.FormatDate(accepted));
        Fact(html, "Hạn giải quyết", c.DueAt is null ? "Chưa thụ lý" : limits.LastDayText(c.DueAt) + $" ({limits.Days(c.IsComplex)} ngày kể từ ngày thụ lý{(file.Extensions.Count > 0 ? ", đã gia hạn" : "")})"
            + (overdue ? " <span class=\"late\">Quá hạn</span>" : ""));
        if (c.OfficerUserId is not null) Fact(html, "Cán bộ giải quyết", PageLayout.Encode(Person(c.OfficerUserId)));
        html.Append("</dl>\n</section>\n");

        Identity(html, reporter);
        html.Append("<section class=\"card\">\n<h2>Nội dung phản ánh</h2>\n<p class=\"result\">").Append(PageLayout.Encode(c.Content)).Append("</p>\n");
        if (file.Attachments.Count > 0)
        {
            html.Append("<h2>Tệp đính kèm</h2>\n<ul>\n");
            foreach (var a in file.Attachments)
                html.Append("<li><a href=\"").Append(FilesFeature.Download(a.Id)).Append("\">").Append(PageLayout.Encode(a.Name)).Append("</a> <span class=\"muted\">(")
                    .Append(FileRules.Size(a.Size)).Append(a.Kind == AttachmentKinds.Supplement ? ", tài liệu bổ sung" : "").Append(")</span></li>\n");
            html.Append("</ul>\n");
        }
        html.Append("</section>\n");

        if (c.SupplementRequestedAt is { } asked)
            html.Append("<section class=\"card\">\n<h2>Yêu cầu bổ sung tài liệu (một lần)</h2>\n<p>Ngày yêu cầu: ").Append(time.FormatDate(asked)).Append("; hạn bổ sung: ")
                .Append(limits.LastDayText(c.SupplementDueAt)).Append("; ").Append(c.SupplementReceivedAt is { } got ? $"đã nhận ngày {time.FormatDate(got)}" : "chưa nhận")
                .Append(".</p>\n<p class=\"result\">").Append(PageLayout.Encode(c.SupplementRequest)).Append("</p>\n</section>\n");
        if (file.Extensions.Count > 0)
        {
            html.Append("<section class=\"card\">\n<h2>Gia hạn giải quyết</h2>\n<div class=\"scroll\"><table><thead><tr><th>Ngày</th><th>Hạn cũ</th><th>Hạn mới</th><th>Lý do</th><th>Người gia hạn</th></tr></thead><tbody>\n");
            foreach (var x in file.Extensions)
                html.Append("<tr><td>").Append(time.FormatDate(x.At)).Append("</td><td>").Append(limits.LastDayText(x.PreviousDueAt)).Append("</td><td>").Append(limits.LastDayText(x.NewDueAt))
                    .Append("</td><td>").Append(PageLayout.Encode(x.Reason)).Append("</td><td>").Append(PageLayout.Encode(Person(x.ByUserId))).Append("</td></tr>\n");
            html.Append("</tbody></table></div>\n</section>\n");
        }
        if (c.Resolution is not null || c.AnsweredAt is not null || c.PublishedAt is not null) Result(html, c, Unit(c.UnitId));
        if (open.Count > 0)
        {
            html.Append("<section class=\"card\">\n<h2>Công việc đang chờ</h2>\n<ul>\n");
            foreach (var t in open)
                html.Append("<li><a href=\"").Append(PageLayout.Encode(InboxPaths.Task(t.Id))).Append("\">").Append(PageLayout.Encode(t.Title)).Append("</a> <span class=\"muted\">(")
                    .Append(PageLayout.Encode(t.AssigneeUserId is null ? "chưa có người nhận" : Person(t.AssigneeUserId)))
                    .Append(t.DueAt is { } taskDue ? $", hạn {time.Format(taskDue)}" : "").Append(")</span></li>\n");
            html.Append("</ul>\n</section>\n");
        }
        html.Append("<section class=\"card\">\n<h2>Quá trình giải quyết</h2>\n<ol class=\"history\">\n");
        foreach (var line in file.Events)
            html.Append("<li><strong>").Append(PageLayout.Encode(line.UserId is null ? "Hệ thống" : Person(line.UserId))).Append("</strong> <span class=\"muted\">· ")
                .Append(time.Format(line.At)).Append(line.IsPublic ? " · công khai cho người phản ánh" : "").Append("</span><p>").Append(PageLayout.Encode(line.Text)).Append("</p></li>\n");
        html.Append("</ol>\n</section>\n");
        return layout.Render(context, $"Phản ánh {c.TrackingCode}", html.ToString());
    }

    private static void Identity(StringBuilder html, ComplaintReporter? reporter)
    {
        html.Append("<section class=\"card\" id=\"nguoi-phan-anh\">\n<h2>Người phản ánh</h2>\n");
        if (reporter is null)
        {
            html.Append("<p class=\"muted\">Thông tin người phản ánh chỉ hiển thị cho cán bộ được giao giải quyết và thủ trưởng đơn vị giải quyết.</p>\n</section>\n");
            return;
        }
        html.Append("<div class=\"identity\">\n<p><strong>Thông tin bảo mật.</strong> Không tiết lộ, sao chép hoặc chuyển cho người khác (Luật Tố cáo 2018, Điều 47–48).</p>\n");
        if (reporter.WantsAnonymity) html.Append("<p class=\"late\">Người phản ánh đề nghị giữ bí mật thông tin cá nhân.</p>\n");
        html.Append("<dl class=\"facts\">\n");
        Fact(html, "Họ và tên", PageLayout.Encode(reporter.Name));
        Fact(html, "Điện thoại", PageLayout.Encode(reporter.Phone ?? "—"));
        Fact(html, "Thư điện tử", PageLayout.Encode(reporter.Email ?? "—"));
        Fact(html, "Địa chỉ", PageLayout.Encode(reporter.Address ?? "—"));
        html.Append("</dl>\n</div>\n</section>\n");
    }

    private void Result(StringBuilder html, Complaint c, string unitName)
    {
        html.Append("<section class=\"card\">\n<h2>Kết quả giải quyết</h2>\n<dl class=\"facts\">\n");
        if (c.Resolution is not null) Fact(html, "Phương án giải quyết", $"<span class=\"result\">{PageLayout.Encode(c.Resolution)}</span>");
        Fact(html, "Lỗi thuộc cơ quan", c.AtFault ? "Có — trả lời và công khai kèm lời xin lỗi" : "Không");
        if (c.AnsweredAt is { } answered)
        {
            var number = c.AnswerNumber is { } n ? $"Văn bản số {PageLayout.Encode(n)}, " : "";
            var link = c.AnswerDocumentId is { } doc ? $" (<a href=\"/van-ban/{Uri.EscapeDataString(doc)}\">xem văn bản</a>)" : "";
            Fact(html, "Trả lời", $"{number}ngày {time.FormatDate(answered)}{link}" + (c.DueAt is { } due && answered > due ? " <span class=\"late\">trễ hạn</span>" : " (đúng hạn)"));
        }
        if (c.PublishedAt is { } published) Fact(html, "Công khai", $"Ngày {time.FormatDate(published)}: <span class=\"result\">{PageLayout.Encode(c.PublishedSummary)}</span>");
        html.Append("</dl>\n");
        if (c.AtFault) html.Append("<p class=\"apology\">").Append(PageLayout.Encode(ComplaintViews.ApologyText(unitName))).Append("</p>\n");
        html.Append("</section>\n");
    }

    private static void Fact(StringBuilder html, string term, string valueHtml) => html.Append("<dt>").Append(term).Append("</dt><dd>").Append(valueHtml).Append("</dd>\n");
}
