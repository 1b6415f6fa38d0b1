using System.Globalization;
using System.Text;
using CongVu.Host.Documents.Rendering;
using CongVu.Host.Documents.Templates;
using CongVu.Host.Email;
using CongVu.Host.Inbox;
using CongVu.Host.People.Pages;

namespace CongVu.Host.Documents.Pages;

/// <summary>What the editor page shows: the text, the refusal or the success message, the preview and the saved versions.</summary>
internal sealed record TemplateEditorState(string Text, TemplateCheck? Check, bool Saved, bool Previewed);

/// <summary>The HTML of the template editor page.</summary>
internal static class TemplateEditorView
{
    private const string Styles = "<style>textarea.code{font-family:ui-monospace,Consolas,\"Liberation Mono\",monospace;font-size:.9rem;min-height:28rem;white-space:pre;tab-size:2}"
        + ".actions{display:flex;flex-wrap:wrap;gap:.75rem}.actions button{margin-top:1rem}pre.line{background:#fdf6e3;padding:.5rem;overflow-x:auto;white-space:pre-wrap}</style>\n";

    public static string Body(HttpContext context, PageLayout layout, TemplateEntry entry, TemplateEditorState state, IReadOnlyList<TemplateVersionInfo> history, TimeZoneInfo zone)
    {
        var html = new StringBuilder(InboxStyles.Block).Append(Styles).Append("<section class=\"card\">\n<h1>Sửa mẫu: ").Append(PageLayout.Encode(entry.Title)).Append("</h1>\n")
            .Append("<p class=\"muted\"><code>").Append(PageLayout.Encode(entry.Name)).Append("</code> · ")
            .Append(history.Count == 0 ? "đang dùng tệp mặc định" : $"đang dùng bản sửa ngày {Time(history[0].SavedAt, zone)}")
            .Append(" · <a href=\"").Append(DocumentPaths.Templates).Append("\">Danh sách mẫu</a></p>\n");
        if (state.Check is { Succeeded: false } refused)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(state.Previewed ? "Mẫu có lỗi: " : "Chưa lưu, mẫu cũ vẫn được dùng. ")
                .Append(PageLayout.Encode(refused.Message)).Append("</p>\n");
            if (refused.Line is { } line && state.Text.Split('\n') is var lines && line <= lines.Length)
                html.Append("<pre class=\"line\">").Append(line.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(PageLayout.Encode(lines[line - 1].TrimEnd('\r'))).Append("</pre>\n");
        }
        if (state.Saved) html.Append("<p class=\"flash\" role=\"status\">Đã lưu. Từ nay văn bản và thư mới dùng bản này.</p>\n");
        html.Append("<form method=\"post\" action=\"").Append(DocumentPaths.Template(entry.Name)).Append("\">\n").Append(layout.AntiforgeryField(context))
            .Append("\n<label for=\"text\">Nội dung mẫu (Handlebars)</label>\n<textarea id=\"text\" name=\"text\" class=\"code\" spellcheck=\"false\" rows=\"30\">")
            .Append(PageLayout.Encode(state.Text)).Append("</textarea>\n<div class=\"actions\">")
            .Append("<button type=\"submit\" name=\"action\" value=\"xem-truoc\" class=\"secondary\">Xem trước</button>")
            .Append("<button type=\"submit\" name=\"action\" value=\"luu\">Lưu</button></div>\n</form>\n</section>\n");
        if (state.Check is { Succeeded: true } check && (state.Previewed || state.Saved)) Preview(html, entry, check);
        History(html, history, zone);
        return html.ToString();
    }

    public static string Time(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static void Preview(StringBuilder html, TemplateEntry entry, TemplateCheck check)
    {
        html.Append("<section class=\"card\">\n<h2>Xem trước với dữ liệu mẫu</h2>\n");
        if (check.Document is { } document)
            html.Append("<p class=\"muted\">Tiêu đề: ").Append(PageLayout.Encode(document.Title)).Append("</p>\n").Append(Nd30Page.Sheet(document.Html));
        else if (entry.Name.EndsWith(".html.hbs", StringComparison.Ordinal))
            html.Append("<iframe class=\"doc\" sandbox=\"\" title=\"Xem trước thư\" srcdoc=\"").Append(PageLayout.Encode(check.Rendered)).Append("\"></iframe>\n");
        else
            html.Append("<pre class=\"line\">").Append(PageLayout.Encode(check.Rendered)).Append("</pre>\n");
        html.Append("</section>\n");
    }

    private static void History(StringBuilder html, IReadOnlyList<TemplateVersionInfo> history, TimeZoneInfo zone)
    {
        html.Append("<section class=\"card\">\n<h2>Các lần sửa</h2>\n");
        if (history.Count == 0)
        {
            html.Append("<p class=\"muted\">Chưa sửa lần nào.</p>\n</section>\n");
            return;
        }
        html.Append("<div class=\"scroll\"><table>\n<thead><tr><th>Phiên bản</th><th>Thời gian</th><th>Người sửa</th><th>Độ dài</th></tr></thead>\n<tbody>\n");
        foreach (var version in history)
            html.Append("<tr><td>").Append(version.Id.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(Time(version.SavedAt, zone))
                .Append("</td><td>").Append(PageLayout.Encode(version.SavedBy)).Append("</td><td>").Append(version.Length.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")))
                .Append(" ký tự</td></tr>\n");
        html.Append("</tbody>\n</table></div>\n</section>\n");
    }
}
