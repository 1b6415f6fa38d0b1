using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CongVu.Host.Studio;

/// <summary>Builds the host page around one Elsa Studio element: our Vietnamese header, the studio's own assets, navigation callbacks.</summary>
public static class StudioPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly JavaScriptEncoder Js = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly string[] Styles =
    [
        "_content/MudBlazor/MudBlazor.min.css",
        "_content/CodeBeam.MudBlazor.Extensions/MudExtensions.min.css",
        "_content/Radzen.Blazor/css/material-base.css",
        "_content/Elsa.Studio.Shell/css/shell.css",
        "Elsa.Studio.Host.CustomElements.styles.css",
    ];

    private static readonly string[] Scripts =
    [
        "_content/BlazorMonaco/jsInterop.js",
        "_content/BlazorMonaco/lib/monaco-editor/min/vs/loader.js",
        "_content/BlazorMonaco/lib/monaco-editor/min/vs/editor/editor.main.js",
        "_content/MudBlazor/MudBlazor.min.js",
        "_content/CodeBeam.MudBlazor.Extensions/MudExtensions.min.js",
        "_content/Radzen.Blazor/Radzen.Blazor.js",
        "_framework/blazor.webassembly.js",
    ];

    /// <summary>One studio element with its attributes and the JS callbacks (property name → page to open with the id).</summary>
    public sealed record Element(string Tag, IReadOnlyDictionary<string, string> Attributes, IReadOnlyDictionary<string, string> Callbacks);

    public static string Render(string title, string active, Element element, string userName, string antiforgeryField)
    {
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"/>")
         .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\"/>")
         .Append("<base href=\"/studio/\"/><title>").Append(Html.Encode(title)).Append(" – Công Vụ</title>");
        foreach (var css in Styles) b.Append("<link rel=\"stylesheet\" href=\"").Append(css).Append("\"/>");
        b.Append("<style>").Append(Css).Append("</style></head><body>");
        b.Append("<header class=\"cv-header\"><strong>Công Vụ · Thiết kế quy trình</strong><nav>")
         .Append(Link("/studio", "Quy trình", active == "definitions"))
         .Append(Link("/studio/instances", "Phiên chạy", active == "instances"))
         .Append("</nav><span class=\"cv-user\">").Append(Html.Encode(userName)).Append("</span>")
         .Append("<form method=\"post\" action=\"/dang-xuat\">").Append(antiforgeryField)
         .Append("<button type=\"submit\">Đăng xuất</button></form></header><main class=\"cv-main\">");
        b.Append('<').Append(element.Tag);
        foreach (var (name, value) in element.Attributes) b.Append(' ').Append(name).Append("=\"").Append(Html.Encode(value)).Append('"');
        b.Append("></").Append(element.Tag).Append("></main>");
        b.Append("<div id=\"blazor-error-ui\" style=\"display:none\">Đã xảy ra lỗi. <a href=\"\" class=\"reload\">Tải lại trang</a></div>");
        foreach (var js in Scripts) b.Append("<script src=\"").Append(js).Append("\"></script>");
        b.Append("<script>customElements.whenDefined('").Append(element.Tag).Append("').then(function(){var el=document.querySelector('").Append(element.Tag).Append("');");
        foreach (var (property, page) in element.Callbacks)
            b.Append("el.").Append(property).Append("=function(id){location.href='").Append(Js.Encode(page)).Append("'+encodeURIComponent(id);};");
        b.Append("});</script></body></html>");
        return b.ToString();
    }

    private static string Link(string href, string text, bool active) =>
        $"<a href=\"{href}\"{(active ? " class=\"active\"" : "")}>{Html.Encode(text)}</a>";

    private const string Css =
        "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif}" +
        ".cv-header{display:flex;gap:1rem;align-items:center;padding:.5rem 1rem;background:#8b1a1a;color:#fff}" +
        ".cv-header nav{display:flex;gap:.75rem;flex:1}.cv-header a{color:#fde68a;text-decoration:none}" +
        ".cv-header a.active{font-weight:bold;text-decoration:underline}.cv-header form{margin:0}" +
        ".cv-header button{background:#fff;color:#8b1a1a;border:0;border-radius:4px;padding:.25rem .75rem;cursor:pointer}" +
        ".cv-main{height:calc(100vh - 48px)}";
}
