using System.Text;
using CongVu.Engine.Tasks;
using CongVu.Host.Files;
using CongVu.Host.People.Pages;

namespace CongVu.Host.Inbox;

/// <summary>The HTML of a task page: what is asked, the document, the forms (<see cref="TaskFormView"/>) and the history.</summary>
internal sealed class TaskView(TaskPageModel model, TaskFormState state, InboxTime time, string antiforgeryField)
{
    public string Render(string? flash)
    {
        var html = new StringBuilder(InboxStyles.Block);
        if (flash is not null) html.Append("<p class=\"flash\" role=\"status\">").Append(PageLayout.Encode(flash)).Append("</p>\n");
        var forms = new TaskFormView(model, state, antiforgeryField);
        if (forms.UnshownError() is { } refusal) html.Append("<p class=\"error\" role=\"alert\">").Append(PageLayout.Encode(refusal)).Append("</p>\n");
        Summary(html);
        Document(html);
        forms.Render(html);
        History(html);
        return html.ToString();
    }

    private void Summary(StringBuilder html)
    {
        var task = model.Task;
        html.Append("<section class=\"card\">\n<p class=\"meta\"><a href=\"").Append(InboxPaths.Inbox).Append("\">‹ Danh sách công việc</a></p>\n<h1>")
            .Append(PageLayout.Encode(task.Title)).Append("</h1>\n");
        if (model.Data.WorkflowName is { Length: > 0 } workflow) html.Append("<p class=\"meta\">").Append(PageLayout.Encode(workflow)).Append("</p>\n");
        if (task.Description is { Length: > 0 } description) html.Append("<p class=\"desc\">").Append(PageLayout.Encode(description)).Append("</p>\n");
        html.Append("<dl class=\"facts\">\n");
        Fact(html, "Trạng thái", Status());
        var late = task.Status == HumanTaskStatus.Open && time.IsOverdue(task.DueAt);
        Fact(html, "Hạn xử lý", task.DueAt is { } due
            ? PageLayout.Encode(time.Format(due)) + (late ? " <span class=\"late\">Quá hạn</span>" : "")
            : "Không có hạn xử lý");
        Fact(html, "Người trình", PageLayout.Encode(model.NameOf(task.SubmitterUserId ?? model.Data.SubmitterUserId) ?? "—"));
        Fact(html, "Đơn vị", PageLayout.Encode(model.UnitName ?? "—"));
        Fact(html, "Người xử lý", PageLayout.Encode(model.NameOf(task.AssigneeUserId) ?? "Chưa có người nhận (việc của nhóm)"));
        Fact(html, "Ngày giao", PageLayout.Encode(time.Format(task.CreatedAt)));
        html.Append("</dl>\n</section>\n");
    }

    private string Status() => model.Task.Status switch
    {
        HumanTaskStatus.Open => "Đang chờ xử lý",
        HumanTaskStatus.Completed => $"Đã xử lý: <strong>{PageLayout.Encode(model.Task.Outcome)}</strong>"
            + (model.NameOf(model.Task.CompletedBy) is { } by ? $" ({PageLayout.Encode(by)}" + (model.Task.CompletedAt is { } at ? $", {time.Format(at)})" : ")") : ""),
        HumanTaskStatus.Cancelled => "Đã hủy",
        _ => PageLayout.Encode(model.Task.Status),
    };

    /// <summary>
    /// The stored HTML is shown in a sandboxed frame (<c>sandbox=""</c>: no scripts, forms, plugins or same-origin access),
    /// and the page's CSP, which the srcdoc document inherits, fetches nothing: so it cannot run or load anything.
    /// </summary>
    private void Document(StringBuilder html)
    {
        if (model.Data.Document is not { } document && model.DocumentFileId is null) return;
        var title = model.Data.Document?.Title is { Length: > 0 } t ? t : "Văn bản";
        html.Append("<section class=\"card\">\n<h2>").Append(PageLayout.Encode(title)).Append("</h2>\n");
        if (model.Data.Document?.Html is { Length: > 0 } body)
        {
            var srcdoc = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><style>body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.5}</style></head><body>"
                + body + "</body></html>";
            html.Append("<iframe class=\"doc\" sandbox=\"\" title=\"Xem trước: ").Append(PageLayout.Encode(title)).Append("\" srcdoc=\"")
                .Append(PageLayout.Encode(srcdoc)).Append("\"></iframe>\n");
        }
        if (model.Data.Document is { } links && (links.HtmlUrl ?? links.DocxUrl ?? links.PdfUrl) is not null)
        {
            html.Append("<p class=\"doc-links\">");
            Link(html, links.HtmlUrl, "Mở văn bản");
            Link(html, links.DocxUrl, "Tải về (.docx)");
            Link(html, links.PdfUrl, "Tải về (.pdf)");
            html.Append("</p>\n");
        }
        if (model.DocumentFileId is { } fileId && FileStore.IsId(fileId))
            html.Append("<p><a href=\"").Append(FilesFeature.Download(fileId)).Append("\">Tải văn bản về máy</a></p>\n");
        html.Append("</section>\n");
    }

    private static void Link(StringBuilder html, string? url, string text)
    {
        if (url is null) return;
        html.Append("<a href=\"").Append(PageLayout.Encode(url)).Append("\">").Append(text).Append("</a> ");
    }

    private void History(StringBuilder html)
    {
        html.Append("<section class=\"card\">\n<h2>Ý kiến và quá trình xử lý</h2>\n");
        if (model.History.Count == 0) html.Append("<p class=\"muted\">Chưa có.</p>\n");
        else
        {
            html.Append("<ol class=\"history\">\n");
            foreach (var (line, taskTitle) in model.History)
            {
                var who = line.UserId is null ? "Hệ thống" : model.NameOf(line.UserId) ?? "Người dùng không còn trong hệ thống";
                html.Append("<li><strong>").Append(PageLayout.Encode(who)).Append("</strong> <span class=\"muted\">· ")
                    .Append(PageLayout.Encode(time.Format(line.At))).Append("</span><br>").Append(PageLayout.Encode(What(line)));
                if (line.TaskId != model.Task.Id) html.Append(" <span class=\"muted\">(").Append(PageLayout.Encode(taskTitle)).Append(")</span>");
                if (line.Comment is { Length: > 0 } comment) html.Append("<p>").Append(PageLayout.Encode(comment)).Append("</p>");
                html.Append("</li>\n");
            }
            html.Append("</ol>\n");
        }
        html.Append("</section>\n");
    }

    private string What(HumanTaskEventRecord line)
    {
        var outcome = TaskPageModel.Text(line.Data, "outcome");
        var to = model.NameOf(TaskPageModel.Text(line.Data, "to"));
        return line.Kind switch
        {
            HumanTaskEventKind.Created => "Giao việc",
            HumanTaskEventKind.Claimed => "Nhận việc",
            HumanTaskEventKind.Released => "Trả lại nhóm",
            HumanTaskEventKind.Reassigned => to is null ? "Chuyển người xử lý" : $"Chuyển cho {to}",
            HumanTaskEventKind.Delegated => to is null ? "Ủy quyền xử lý" : $"Ủy quyền cho {to}",
            HumanTaskEventKind.Completed => outcome is null ? "Đã xử lý" : $"Quyết định: {outcome}",
            HumanTaskEventKind.Cancelled => "Hủy công việc",
            HumanTaskEventKind.Reminded => "Nhắc hạn xử lý",
            HumanTaskEventKind.Escalated => "Báo cáo cấp trên do chậm xử lý",
            HumanTaskEventKind.TimedOut => outcome is null ? "Quá hạn, hệ thống tự xử lý" : $"Quá hạn, hệ thống tự chọn: {outcome}",
            _ => line.Kind,
        };
    }

    private static void Fact(StringBuilder html, string term, string valueHtml) =>
        html.Append("<dt>").Append(term).Append("</dt><dd>").Append(valueHtml).Append("</dd>\n");
}
