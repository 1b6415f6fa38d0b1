using System.Security.Claims;
using CongVu.Host.People;
using CongVu.Host.People.Pages;

namespace CongVu.Host.Campaigns.Pages;

/// <summary>
/// Whose units a person may oversee: an administrator every unit, a supervisor the units their own unit supervises
/// (Sở Nội vụ the government bloc, Ban Tổ chức Thành ủy the Party bloc), anyone else nothing (403).
/// </summary>
internal sealed record DashboardScope(bool AllUnits, string? SupervisorUnitId)
{
    public static DashboardScope? For(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Admin)) return new DashboardScope(true, null);
        if (user.IsInRole(Roles.Supervisor)) return new DashboardScope(false, user.FindFirstValue(PeopleClaims.UnitId));
        return null;
    }

    /// <summary>The supervisor filter for the store: null for all units; a supervisor without a unit matches nothing.</summary>
    public string? StoreFilter => AllUnits ? null : SupervisorUnitId ?? "";

    public static IResult Forbidden(HttpContext context) =>
        context.RequestServices.GetRequiredService<PageLayout>().Render(context, "Không có quyền truy cập", $"""
            <section class="card narrow">
            <h1>Không có quyền truy cập</h1>
            <p>Trang giám sát dành cho cán bộ cơ quan cấp trên và quản trị hệ thống. Nếu cần quyền, vui lòng liên hệ quản trị hệ thống.</p>
            <p><a href="{PeoplePaths.Home}">Về trang chủ</a></p>
            </section>
            """, StatusCodes.Status403Forbidden);

    public static IResult NotFound(HttpContext context) =>
        context.RequestServices.GetRequiredService<PageLayout>().Render(context, "Không tìm thấy chiến dịch", $"""
            <section class="card narrow">
            <h1>Không tìm thấy chiến dịch</h1>
            <p>Chiến dịch không tồn tại hoặc đường dẫn không đúng.</p>
            <p><a href="{CampaignPaths.Dashboard}">Về danh sách chiến dịch</a></p>
            </section>
            """, StatusCodes.Status404NotFound);
}
