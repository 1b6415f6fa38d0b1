using System.Text;
using CongVu.Engine.Scheduling.Time;
using CongVu.Host.Documents.Templates;
using CongVu.Host.Email;
using CongVu.Host.People;
using CongVu.Host.People.Pages;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Documents.Pages;

/// <summary><c>/quan-tri/mau-van-ban</c>: administrators see every document and e-mail template and which version is in use.</summary>
internal static class TemplateListPage
{
    public static void MapTemplateListPage(this IEndpointRouteBuilder app) =>
        app.MapGet(DocumentPaths.Templates, async (HttpContext context, PageLayout layout, DocumentTemplateStore store, IOptions<TimeOptions> time, CancellationToken ct) =>
        {
            var latest = await store.LatestAsync(ct);
            var zone = time.Value.ResolveTimeZone();
            var html = new StringBuilder("<section class=\"card\">\n<h1>Mẫu văn bản và mẫu thư</h1>\n")
                .Append("<p>Mẫu viết bằng Handlebars. Văn bản theo thể thức Nghị định 30/2020/NĐ-CP chỉ dùng các thẻ article, header, section, table, tr, td, th, p, h1, h2, h3, strong, em, u, br, ul, ol, li, span. ")
                .Append("Bản sửa được kiểm tra với dữ liệu mẫu trước khi lưu; tệp trong thư mục templates là bản mặc định.</p>\n")
                .Append("<div class=\"scroll\"><table>\n<thead><tr><th>Mẫu</th><th>Tên</th><th>Loại</th><th>Đang dùng</th></tr></thead>\n<tbody>\n");
            foreach (var entry in store.List())
            {
                var inUse = latest.TryGetValue((entry.Kind, entry.Name), out var version)
                    ? $"Bản sửa ngày {TemplateEditorView.Time(version.SavedAt, zone)}" + (version.SavedBy is { } by ? $" ({PageLayout.Encode(by)})" : "")
                    : "Tệp mặc định";
                html.Append("<tr><td><a href=\"").Append(DocumentPaths.Template(entry.Name)).Append("\">").Append(PageLayout.Encode(entry.Title)).Append("</a></td><td><code>")
                    .Append(PageLayout.Encode(entry.Name)).Append("</code></td><td>").Append(entry.Kind == ITemplateOverrides.Document ? "Văn bản" : "Thư điện tử")
                    .Append("</td><td>").Append(inUse).Append("</td></tr>\n");
            }
            html.Append("</tbody>\n</table></div>\n</section>");
            return layout.Render(context, "Mẫu văn bản", html.ToString());
        }).RequireAuthorization(PeoplePolicies.StudioAdmin);
}
