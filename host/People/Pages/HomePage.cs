namespace CongVu.Host.People.Pages;

/// <summary>The start page: administrators go on to the studio, everyone else to their tasks.</summary>
internal static class HomePage
{
    public static void MapHomePage(this IEndpointRouteBuilder app) =>
        app.MapGet(PeoplePaths.Home, (HttpContext context) =>
        {
            if (context.User.IsInRole(Roles.Admin)) return Results.Redirect(PeoplePaths.Studio);
            return Results.Redirect(PeoplePaths.Inbox);
        }).RequireAuthorization(PeoplePolicies.SignedIn);
}
