using CongVu.Host.People.Pages;

namespace CongVu.Host.Inbox;

/// <summary>A short page with one message and where to go next: refusals, missing tasks, bad links, rejected posts.</summary>
public static class NoticePage
{
    public const string Forbidden = "Bạn không có quyền xem công việc này.";
    public const string NotFound = "Không tìm thấy công việc. Công việc có thể đã bị hủy hoặc đường dẫn không đúng.";
    public const string BadForm = "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang rồi gửi lại.";
    public const string BadLink = "Liên kết không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập.";

    /// <param name="link">Where to go next (a local path) and its text; the inbox by default.</param>
    public static IResult Render(HttpContext context, string title, string message, int statusCode, (string Href, string Text)? link = null)
    {
        var (href, text) = link ?? (InboxPaths.Inbox, "Về danh sách công việc");
        return context.RequestServices.GetRequiredService<PageLayout>().Render(context, title, $"""
            <section class="card narrow">
            <h1>{PageLayout.Encode(title)}</h1>
            <p role="alert">{PageLayout.Encode(message)}</p>
            <p><a href="{PageLayout.Encode(href)}">{PageLayout.Encode(text)}</a></p>
            </section>
            """, statusCode);
    }
}
