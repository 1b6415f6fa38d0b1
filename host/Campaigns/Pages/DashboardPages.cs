using System.Text;
using CongVu.Engine.Execution;
using CongVu.Host.People;
using CongVu.Host.People.Pages;

namespace CongVu.Host.Campaigns.Pages;

/// <summary>
/// <c>GET /giam-sat</c>: the campaigns with the counts of the units in the reader's scope; <c>/giam-sat/{id}</c>: one
/// campaign per unit with counts and a chart; <c>/giam-sat/{id}.csv</c>: the same table as CSV.
/// </summary>
internal static class DashboardPages
{
    public static void MapDashboardPages(this IEndpointRouteBuilder app)
    {
        app.MapGet(CampaignPaths.Dashboard, async (HttpContext context, CampaignStore store, PageLayout layout, CancellationToken ct) =>
        {
            if (DashboardScope.For(context.User) is not { } scope) return DashboardScope.Forbidden(context);
            var campaigns = (await store.ListAsync(scope.StoreFilter, ct)).Where(c => scope.AllUnits || c.Counts.Expected > 0).ToList();
            return layout.Render(context, "Giám sát chiến dịch", CampaignStyles.Block + List(campaigns));
        }).RequireAuthorization(PeoplePolicies.SignedIn);

        // "{campaignId}.csv" is a more specific route than "{campaignId}", so a CSV link never reaches the page.
        app.MapGet(CampaignPaths.Dashboard + "/{campaignId}.csv", async (string campaignId, HttpContext context, CampaignStore store, EngineEnvironment engine, CancellationToken ct) =>
        {
            if (DashboardScope.For(context.User) is not { } scope) return DashboardScope.Forbidden(context);
            if (await store.FindAsync(campaignId, ct) is not { } campaign) return DashboardScope.NotFound(context);
            var bloc = BlocFilter.TryParse(context.Request.Query[CampaignPaths.BlocParam]);
            var rows = await store.SubmissionsAsync(campaign.Id, scope.StoreFilter, bloc, ct);
            context.Response.Headers.CacheControl = "no-store";
            return Results.File(DashboardCsv.Render(rows, engine.TimeZone), "text/csv; charset=utf-8", $"{campaign.Id}.csv");
        }).RequireAuthorization(PeoplePolicies.SignedIn);

        app.MapGet(CampaignPaths.Dashboard + "/{campaignId}", async (string campaignId, HttpContext context, CampaignStore store, PageLayout layout,
            EngineEnvironment engine, CancellationToken ct) =>
        {
            if (DashboardScope.For(context.User) is not { } scope) return DashboardScope.Forbidden(context);
            if (await store.FindAsync(campaignId, ct) is not { } campaign) return DashboardScope.NotFound(context);
            var bloc = BlocFilter.TryParse(context.Request.Query[CampaignPaths.BlocParam]);
            var rows = await store.SubmissionsAsync(campaign.Id, scope.StoreFilter, bloc, ct);
            // The filter offers the blocs the reader oversees (a supervisor usually has one).
            var blocs = await store.BlocsAsync(campaign.Id, scope.StoreFilter, ct);
            return layout.Render(context, campaign.Title, CampaignStyles.Block + DashboardView.Render(campaign, rows, bloc, blocs, engine.TimeZone));
        }).RequireAuthorization(PeoplePolicies.SignedIn);
    }

    private static string List(IReadOnlyList<(Campaign Campaign, CampaignCounts Counts)> campaigns)
    {
        var rows = new StringBuilder();
        foreach (var (campaign, counts) in campaigns)
        {
            rows.Append("<tr><td><a href=\"").Append(PageLayout.Encode(CampaignPaths.Campaign(campaign.Id))).Append("\">").Append(PageLayout.Encode(campaign.Title)).Append("</a>")
                .Append("<br><span class=\"muted\">").Append(PageLayout.Encode(CampaignKinds.DisplayName(campaign.Kind))).Append(" · hạn ")
                .Append(CampaignDates.Text(campaign.DueDate)).Append("</span></td>")
                .Append(Number(counts.Expected)).Append(Number(counts.Submitted)).Append(Number(counts.OnTime)).Append(Number(counts.Late)).Append(Number(counts.Missing))
                .Append("</tr>\n");
        }
        var table = campaigns.Count == 0
            ? "<p class=\"muted\">Chưa có chiến dịch nào có đơn vị thuộc phạm vi giám sát của bạn.</p>"
            : $"""
                <div class="scroll"><table>
                <thead><tr><th>Chiến dịch</th><th class="num">Phải nộp</th><th class="num">Đã nộp</th><th class="num">Đúng hạn</th><th class="num">Trễ hạn</th><th class="num">Chưa nộp</th></tr></thead>
                <tbody>
                {rows}</tbody>
                </table></div>
                """;
        return $"""
            <section class="card">
            <h1>Giám sát chiến dịch</h1>
            {table}
            </section>
            """;
    }

    private static string Number(int value) => $"<td class=\"num\">{value}</td>";
}
