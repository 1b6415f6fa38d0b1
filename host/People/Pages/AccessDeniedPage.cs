namespace CongVu.Host.People.Pages;

/// <summary>The page a signed-in person sees when a page needs a role they do not have (403).</summary>
internal static class AccessDeniedPage
{
    public static void MapAccessDeniedPage(this IEndpointRouteBuilder app) =>
        app.MapGet(PeoplePaths.AccessDenied, (HttpContext context, PageLayout layout) => layout.Render(context, "Không có quyền truy cập", $"""
            <section class="card narrow">
            <h1>Không có quyền truy cập</h1>
            <p>Tài khoản của bạn không có quyền mở trang này. Nếu cần quyền, vui lòng liên hệ quản trị hệ thống.</p>
            <p><a href="{PeoplePaths.Home}">Về trang chủ</a></p>
            </section>
            """, StatusCodes.Status403Forbidden)).WithCookieUser();
}
