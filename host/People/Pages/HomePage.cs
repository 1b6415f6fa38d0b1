namespace CongVu.Host.People.Pages;

/// <summary>The start page: administrators go on to the studio, everyone else is greeted (the inbox will live here).</summary>
internal static class HomePage
{
    public static void MapHomePage(this IEndpointRouteBuilder app) =>
        app.MapGet(PeoplePaths.Home, (HttpContext context, PageLayout layout) =>
        {
            if (context.User.IsInRole(Roles.Admin)) return Results.Redirect(PeoplePaths.Studio);
            var name = context.User.FindFirst(PeopleClaims.FullName)?.Value ?? context.User.Identity?.Name;
            return layout.Render(context, "Trang chủ", $"""
                <section class="card">
                <h1>Xin chào, {PageLayout.Encode(name)}</h1>
                <p>Danh sách việc cần xử lý của bạn sẽ hiển thị tại đây.</p>
                </section>
                """);
        }).RequireAuthorization(PeoplePolicies.SignedIn);
}
