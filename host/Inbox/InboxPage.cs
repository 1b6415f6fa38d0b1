using CongVu.Host.People;
using CongVu.Host.People.Pages;

namespace CongVu.Host.Inbox;

/// <summary><c>GET /cong-viec</c>: my tasks (overdue first), group tasks I may take, and what I have completed.</summary>
internal static class InboxPage
{
    /// <summary>Query parameters holding each list's page number.</summary>
    public const string MineParam = "cua-toi", ClaimableParam = "cho-nhan", DoneParam = "da-xu-ly";

    public static void MapInboxPage(this IEndpointRouteBuilder app) =>
        app.MapGet(InboxPaths.Inbox, async (HttpContext context, InboxQueries queries, InboxDirectory directory, InboxTime time,
            InboxFlash flash, PageLayout layout, CancellationToken ct) =>
        {
            var pages = (PageOf(context, MineParam), PageOf(context, ClaimableParam), PageOf(context, DoneParam));
            var lists = await queries.LoadAsync(InboxUser.Id(context.User)!, InboxUser.UnitId(context.User), pages, time.UtcNow, ct);
            var unitNames = await directory.UnitNamesAsync(lists.Mine.Rows.Concat(lists.Claimable.Rows).Concat(lists.Done.Rows).Select(r => r.UnitId), ct);
            var view = new InboxView(time, unitNames, layout.AntiforgeryField(context), context.Request.Query);
            return layout.Render(context, "Công việc", view.Render(lists, flash.Take(context)));
        }).RequireAuthorization(PeoplePolicies.SignedIn);

    private static int PageOf(HttpContext context, string name) =>
        int.TryParse(context.Request.Query[name], out var page) ? Math.Clamp(page, 1, InboxQueries.MaxPage) : 1;
}
