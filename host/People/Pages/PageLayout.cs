using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;

namespace CongVu.Host.People.Pages;

/// <summary>Builds the shared HTML around a page body: Vietnamese, self-contained (inline CSS, nothing fetched from elsewhere).</summary>
public sealed class PageLayout(IAntiforgery antiforgery)
{
    // Every Unicode range allowed, so "Nguyễn" stays readable in the source instead of "Nguy&#x1EC5;n"; markup characters are still escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>HTML-encodes user or database text for an element or a quoted attribute.</summary>
    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    /// <summary>The hidden antiforgery field every POST form must carry; also sets the antiforgery cookie.</summary>
    public string AntiforgeryField(HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">";
    }

    /// <summary>A whole page; <paramref name="body"/> is trusted HTML whose user text is already encoded.</summary>
    public IResult Render(HttpContext context, string title, string body, int statusCode = StatusCodes.Status200OK)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append(" – Công vụ</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n")
            .Append("<header><a class=\"brand\" href=\"").Append(PeoplePaths.Home).Append("\">Công vụ</a>").Append(UserBox(context)).Append("</header>\n")
            .Append("<main>\n").Append(body).Append("\n</main>\n</body>\n</html>\n")
            .ToString();
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    /// <summary>The signed-in person's name and the sign-out button, or nothing for a visitor.</summary>
    private string UserBox(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true) return "";
        var name = context.User.FindFirst(PeopleClaims.FullName)?.Value ?? context.User.Identity.Name;
        var links = $"<a href=\"{PeoplePaths.Inbox}\">Công việc</a>"
            + (context.User.IsInRole(Roles.Admin) ? $"<a href=\"{PeoplePaths.Studio}\">Thiết kế quy trình</a><a href=\"/quan-tri/thu-da-gui\">Thư đã gửi</a><a href=\"/quan-tri/nhap-du-lieu\">Nhập dữ liệu</a>" : "");
        if (context.User.IsInRole(Roles.Admin) || context.User.IsInRole(Roles.Supervisor))
            links += "<a href=\"/giam-sat\">Giám sát</a>" + (context.User.IsInRole(Roles.Admin) ? "<a href=\"/quan-tri/chien-dich\">Chiến dịch</a>" : "");
        links += "<a href=\"/phan-anh/quan-ly\">Phản ánh</a>";
        return $"<nav class=\"links\">{links}</nav><form class=\"user\" method=\"post\" action=\"{PeoplePaths.Logout}\"><span>{Encode(name)}</span>"
            + $"{AntiforgeryField(context)}<button type=\"submit\">Đăng xuất</button></form>";
    }

    private const string Css = """
        :root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933;background:#f3f4f6}
        body{margin:0}
        header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem;padding:.75rem 1rem;background:#9b1c1c;color:#fff}
        .brand{color:#fff;font-weight:700;font-size:1.15rem;text-decoration:none}
        .user{display:flex;align-items:center;gap:.75rem;margin:0}
        .links{display:flex;flex-wrap:wrap;gap:1rem}.links a{color:#fde68a;text-decoration:none}
        main{max-width:60rem;margin:1.5rem auto;padding:0 1rem}
        .card{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.15);padding:1.5rem}
        .narrow{max-width:24rem;margin:3rem auto}
        h1{font-size:1.5rem;margin:0 0 1rem}
        label{display:block;margin:.9rem 0 .3rem;font-weight:600}
        input{width:100%;box-sizing:border-box;padding:.6rem;border:1px solid #9aa5b1;border-radius:4px;font-size:1rem}
        button{margin-top:1.2rem;padding:.6rem 1.2rem;border:0;border-radius:4px;background:#9b1c1c;color:#fff;font-size:1rem;cursor:pointer}
        header button{margin:0;padding:.3rem .8rem;background:transparent;border:1px solid #fff}
        .error{background:#fdecea;color:#8a1c1c;padding:.6rem .8rem;border-radius:4px}
        .scroll{overflow-x:auto}
        table{width:100%;border-collapse:collapse;background:#fff}
        th,td{text-align:left;padding:.5rem;border-bottom:1px solid #e4e7eb;vertical-align:top}
        a{color:#9b1c1c}
        @media (max-width:30rem){main{margin:1rem auto}.narrow{margin:1rem auto}.card{padding:1rem}}
        """;
}
