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
            var userId = InboxUser.Id(context.User)!;
            var unitId = InboxUser.UnitId(context.User);
            var mine = await queries.MineAsync(userId, PageOf(context, MineParam), ct);
            var claimable = await queries.ClaimableAsync(userId, unitId, PageOf(context, ClaimableParam), ct);
            var done = await queries.DoneAsync(userId, PageOf(context, DoneParam), ct);
            var lists = await WithCountsAsync(queries, time, userId, unitId, mine, claimable, done, ct);
            var unitNames = await directory.UnitNamesAsync(mine.Rows.Concat(claimable.Rows).Concat(done.Rows).Select(r => r.UnitId), ct);
            var view = new InboxView(time, unitNames, layout.AntiforgeryField(context), context.Request.Query);
            return layout.Render(context, "Công việc", view.Render(lists, flash.Take(context)));
        }).RequireAuthorization(PeoplePolicies.SignedIn);

    /// <summary>Counts come from the first page when it holds the whole list; only longer lists pay for a (capped) count.</summary>
    private static async Task<InboxLists> WithCountsAsync(InboxQueries queries, InboxTime time, string userId, string? unitId,
        InboxSlice mine, InboxSlice claimable, InboxSlice done, CancellationToken ct)
    {
        var (mineCount, overdue) = mine.Page == 1 && !mine.HasMore
            ? (mine.Rows.Count, mine.Rows.Count(r => time.IsOverdue(r.DueAt)))
            : await queries.MineCountsAsync(userId, time.UtcNow, ct);
        var claimableCount = claimable.Page == 1 && !claimable.HasMore ? claimable.Rows.Count : await queries.ClaimableCountAsync(userId, unitId, ct);
        return new InboxLists(mine, claimable, done, mineCount, overdue, claimableCount);
    }

    private static int PageOf(HttpContext context, string name) =>
        int.TryParse(context.Request.Query[name], out var page) ? Math.Clamp(page, 1, InboxQueries.MaxPage) : 1;
}
