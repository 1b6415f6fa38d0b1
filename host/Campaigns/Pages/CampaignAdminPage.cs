using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Runtime;
using CongVu.Host.Files;
using CongVu.Host.People;
using CongVu.Host.People.Pages;

namespace CongVu.Host.Campaigns.Pages;

/// <summary>
/// <c>/quan-tri/chien-dich</c>: the campaigns with their counts, and a form that starts a campaign's workflow by hand
/// for a given year (and report period), refusing one that is already open.
/// </summary>
internal static class CampaignAdminPage
{
    /// <summary>Query parameter naming the campaign just opened, for the message after the redirect.</summary>
    private const string OpenedParam = "da-mo";
    private const long MaxFormBytes = 16 * 1024;

    public static void MapCampaignAdminPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(CampaignPaths.Admin, async (HttpContext context, CampaignStore store, PageLayout layout, EngineEnvironment engine, CancellationToken ct) =>
        {
            string? message = null;
            if (context.Request.Query[OpenedParam].ToString() is { Length: > 0 } opened)
                message = await store.FindAsync(opened, ct) is { } campaign
                    ? $"Đã mở chiến dịch {campaign.Id} – {campaign.Title}; hạn nộp {CampaignDates.Text(campaign.DueDate)}."
                    : "Đã khởi động quy trình; chiến dịch được mở khi quy trình đến bước Mở chiến dịch.";
            return await RenderAsync(context, store, layout, engine, AdminForm.Empty(LocalYear(engine)), message, error: null, StatusCodes.Status200OK, ct);
        }).RequireAuthorization(PeoplePolicies.StudioAdmin);

        app.MapPost(CampaignPaths.Admin, async (HttpContext context, CampaignStore store, PageLayout layout, EngineEnvironment engine, WorkflowRuntime runtime, CancellationToken ct) =>
        {
            var (posted, refusal) = await PostedForm.ReadAsync(context, MaxFormBytes);
            if (posted is null) return refusal!;
            var form = AdminForm.Read(posted);
            var (kind, year, period, problem) = form.Validate(TimeZoneInfo.ConvertTime(engine.Clock.UtcNow, engine.TimeZone).Month);
            if (problem is not null) return await RenderAsync(context, store, layout, engine, form, null, problem, StatusCodes.Status400BadRequest, ct);

            var campaignId = CampaignKinds.CampaignId(kind!, year, period!);
            if (await store.FindAsync(campaignId, ct) is { } existing)
            {
                var error = $"Chiến dịch {existing.Id} ({existing.Title}) đã được mở ngày {CampaignDates.Text(DateOnly.FromDateTime(CampaignDates.Local(existing.OpenedAt, engine.TimeZone)))}; không mở lại chiến dịch trùng.";
                return await RenderAsync(context, store, layout, engine, form, null, error, StatusCodes.Status409Conflict, ct);
            }
            var definitionId = CampaignKinds.DefinitionId(kind!);
            var input = new JsonObject { ["year"] = year, ["period"] = period, ["submittedBy"] = context.User.Identity?.Name };
            RunResult result;
            try
            {
                result = await runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Input = input }, ct);
            }
            catch (WorkflowNotFoundException)
            {
                var error = $"Chưa có quy trình \"{definitionId}\" được xuất bản. Vui lòng xuất bản quy trình trong trang thiết kế rồi thử lại.";
                return await RenderAsync(context, store, layout, engine, form, null, error, StatusCodes.Status409Conflict, ct);
            }
            if (result.SubStatus == WorkflowSubStatus.Faulted)
            {
                var reason = result.State.Incidents.LastOrDefault()?.Message ?? "";
                var error = $"Quy trình \"{definitionId}\" gặp lỗi khi mở chiến dịch (mã phiên {result.InstanceId}): {reason}";
                return await RenderAsync(context, store, layout, engine, form, null, error, StatusCodes.Status500InternalServerError, ct);
            }
            return Results.Redirect($"{CampaignPaths.Admin}?{OpenedParam}={Uri.EscapeDataString(campaignId)}");
        }).RequireAuthorization(PeoplePolicies.StudioAdmin);
    }

    private static int LocalYear(EngineEnvironment engine) => TimeZoneInfo.ConvertTime(engine.Clock.UtcNow, engine.TimeZone).Year;

    private static async Task<IResult> RenderAsync(HttpContext context, CampaignStore store, PageLayout layout, EngineEnvironment engine, AdminForm form,
        string? message, string? error, int status, CancellationToken ct)
    {
        var campaigns = await store.ListAsync(supervisorUnitId: null, ct);
        var rows = new StringBuilder();
        foreach (var (c, n) in campaigns)
        {
            rows.Append("<tr><td><a href=\"").Append(PageLayout.Encode(CampaignPaths.Campaign(c.Id))).Append("\">").Append(PageLayout.Encode(c.Title)).Append("</a><br><span class=\"muted\">")
                .Append(PageLayout.Encode(c.Id)).Append("</span></td><td>").Append(PageLayout.Encode(CampaignKinds.DisplayName(c.Kind))).Append("</td><td>")
                .Append(c.Year.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(PageLayout.Encode(CampaignKinds.PeriodName(c.Period))).Append("</td><td>")
                .Append(CampaignDates.Text(c.DueDate)).Append("</td><td class=\"num\">").Append(n.Expected).Append("</td><td class=\"num\">").Append(n.Submitted)
                .Append("</td><td class=\"num\">").Append(n.Late).Append("</td><td class=\"num\">").Append(n.Missing).Append("</td><td class=\"num\">").Append(n.Approved)
                .Append("</td></tr>\n");
        }
        var list = campaigns.Count == 0
            ? "<p class=\"muted\">Chưa có chiến dịch nào.</p>"
            : $"""
                <div class="scroll"><table>
                <thead><tr><th>Chiến dịch</th><th>Loại</th><th>Năm</th><th>Kỳ</th><th>Hạn nộp</th><th class="num">Phải nộp</th><th class="num">Đã nộp</th><th class="num">Trễ hạn</th><th class="num">Chưa nộp</th><th class="num">Đã tiếp nhận</th></tr></thead>
                <tbody>
                {rows}</tbody>
                </table></div>
                """;
        var flash = message is null ? "" : $"<p class=\"flash\" role=\"status\">{PageLayout.Encode(message)}</p>";
        var alert = error is null ? "" : $"<p class=\"error\" role=\"alert\">{PageLayout.Encode(error)}</p>";
        return layout.Render(context, "Chiến dịch", CampaignStyles.Block + $"""
            <section class="card">
            <h1>Chiến dịch</h1>
            {flash}{list}
            </section>
            <section class="card">
            <h2>Mở chiến dịch</h2>
            <p class="muted">Khởi động quy trình của chiến dịch cho một năm (các chiến dịch cũng tự khởi động hằng năm theo lịch).</p>
            {alert}<form method="post" action="{CampaignPaths.Admin}">
            {layout.AntiforgeryField(context)}
            <div class="row">
            <div><label for="kind">Loại chiến dịch</label><select id="kind" name="kind">{form.KindOptions()}</select></div>
            <div><label for="year">Năm</label><input id="year" name="year" inputmode="numeric" value="{PageLayout.Encode(form.Year)}" required></div>
            <div><label for="period">Kỳ báo cáo (chỉ với báo cáo)</label><select id="period" name="period">{form.PeriodOptions()}</select></div>
            </div>
            <button type="submit">Khởi động quy trình</button>
            </form>
            </section>
            """, status);
    }
}

/// <summary>The admin form's fields as typed, and their checks.</summary>
internal sealed record AdminForm(string Kind, string Year, string Period)
{
    public static AdminForm Empty(int year) => new(CampaignKinds.Registration, year.ToString(CultureInfo.InvariantCulture), "");

    public static AdminForm Read(IFormCollection form) => new(form["kind"].ToString().Trim(), form["year"].ToString().Trim(), form["period"].ToString().Trim());

    public (string? Kind, int Year, string? Period, string? Problem) Validate(int localMonth)
    {
        if (CampaignKinds.Parse(Kind) is not { } kind) return (null, 0, null, "Vui lòng chọn loại chiến dịch.");
        if (!int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2999)
            return (null, 0, null, "Năm phải là số có bốn chữ số, ví dụ 2027.");
        if (kind == CampaignKinds.Report && Period.Length == 0) return (null, 0, null, "Vui lòng chọn kỳ báo cáo: 6 tháng hoặc năm.");
        try
        {
            return (kind, year, CampaignKinds.Period(kind, Period, localMonth), null);
        }
        catch (FormatException)
        {
            return (null, 0, null, "Kỳ báo cáo không hợp lệ.");
        }
    }

    public string KindOptions() => string.Concat(CampaignKinds.All.Select(k =>
        $"<option value=\"{k}\"{(k == Kind ? " selected" : "")}>{PageLayout.Encode(CampaignKinds.DisplayName(k))}</option>"));

    public string PeriodOptions() => string.Concat(new[] { "", CampaignKinds.HalfYear, CampaignKinds.FullYear }.Select(p =>
        $"<option value=\"{p}\"{(p == Period ? " selected" : "")}>{(p.Length == 0 ? "—" : PageLayout.Encode(CampaignKinds.PeriodName(p)))}</option>"));
}
