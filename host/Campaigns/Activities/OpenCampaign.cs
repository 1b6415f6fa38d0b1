using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Host.Campaigns.Activities;

/// <summary>
/// Opens a campaign: its row and a Pending submission for every reporting unit, in one bulk write. Running again in the
/// same instance changes nothing; when another instance already opened the campaign it leaves on "Trùng" instead.
/// </summary>
[Activity("CongVu", "OpenCampaign", "Chiến dịch", DisplayName = "Mở chiến dịch", Outcomes = ["Done", DuplicateOutcome],
    Description = "Mở chiến dịch (kế hoạch, đăng ký, báo cáo) của một năm: ghi danh sách đơn vị phải nộp và hạn nộp. Cổng \"Trùng\": chiến dịch đã được mở bởi quy trình khác.")]
public sealed class OpenCampaign : Activity
{
    public const string TypeName = "CongVu.OpenCampaign";
    public const string DuplicateOutcome = "Trùng";

    [Input(DisplayName = "Loại chiến dịch", Description = "ke-hoach, dang-ky, bao-cao hoặc bao-cao-phan-anh.", UIHint = UIHints.Dropdown,
        Options = [CampaignKinds.Plan, CampaignKinds.Registration, CampaignKinds.Report, CampaignKinds.ComplaintReport], Required = true, Order = 0)]
    public Input<string>? Kind { get; set; }

    [Input(DisplayName = "Năm", Description = "Ví dụ 2027. Để trống: input.year của quy trình, nếu không có thì năm hiện tại.", Order = 1)]
    public Input<string>? Year { get; set; }

    [Input(DisplayName = "Kỳ báo cáo", Description = "Chỉ với bao-cao: 6t (6 tháng) hoặc nam (năm). Để trống: input.period, nếu không có thì 6t trước tháng 7, nam từ tháng 7.", Order = 2)]
    public Input<string>? Period { get; set; }

    [Input(DisplayName = "Hạn nộp", Description = "Ví dụ 15/02 (trong năm của chiến dịch), 15/02/2027, 10 working days. Để trống: hạn theo văn bản (15/02, 15/06, 15/12, 10/11). Nộp trong ngày hạn là đúng hạn.", Order = 3)]
    public Input<string>? DueDate { get; set; }

    [Input(DisplayName = "Khối", Description = "Để trống: mọi đơn vị. Government: khối chính quyền; Party: khối Đảng, Mặt trận, đoàn thể.", UIHint = UIHints.Dropdown,
        Options = ["", People.Blocs.Government, People.Blocs.Party], Order = 4)]
    public Input<string>? Bloc { get; set; }

    [Input(DisplayName = "Tên chiến dịch", Description = "Để trống: tên theo loại và năm.", DefaultSyntax = ExpressionTypes.Handlebars, Order = 5)]
    public Input<string>? Title { get; set; }

    [Output(DisplayName = "Chiến dịch", Description = "{ id, kind, year, period, title, dueDate (yyyy-MM-dd), dueDateText (dd/MM/yyyy), ... }")]
    public Output<JsonObject>? Campaign { get; set; }

    [Output(DisplayName = "Đơn vị phải nộp", Description = "Danh sách { code, name, bloc, blocName, supervisorCode, supervisorName, headUserName }.")]
    public Output<JsonArray>? Units { get; set; }

    [Output(DisplayName = "Đơn vị tổng hợp", Description = "Các đơn vị cấp trên của những đơn vị đó, cùng dạng.")]
    public Output<JsonArray>? Supervisors { get; set; }

    protected override void Load(ActivityLoadContext load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (ActivityLoadContext.LiteralText(Kind) is { Length: > 0 } kind && CampaignKinds.Parse(kind) is null)
            load.Error($"Input 'kind' is '{kind}', which is not a campaign kind ({string.Join(", ", CampaignKinds.All)}).");
        if (ActivityLoadContext.LiteralText(Bloc) is { } bloc && CampaignInputs.Failure(() => BlocFilter.Parse(bloc)) is { } blocError)
            load.Error($"Input 'bloc': {blocError}");
        if (ActivityLoadContext.LiteralText(DueDate) is { Length: > 0 } due && CampaignInputs.DueDateProblem(due) is { } dueError)
            load.Error($"Input 'dueDate': {dueError}");
    }

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Environment.Services;
        var zone = context.Environment.TimeZone;
        var kindText = await context.EvaluateAsync(Kind);
        var kind = CampaignKinds.Parse(kindText) ?? throw new FormatException($"Input 'kind' is '{kindText}', which is not a campaign kind ({string.Join(", ", CampaignKinds.All)}).");
        var year = CampaignInputs.Year(context, await context.EvaluateAsync(Year));
        var localMonth = TimeZoneInfo.ConvertTime(context.Now, zone).Month;
        var period = CampaignKinds.Period(kind, CampaignInputs.Text(await context.EvaluateAsync(Period)) ?? CampaignInputs.WorkflowInput(context, "period"), localMonth);
        var dueText = CampaignInputs.Text(await context.EvaluateAsync(DueDate)) ?? CampaignKinds.DefaultDue(kind, period);
        var bloc = BlocFilter.Parse(await context.EvaluateAsync(Bloc));
        var campaign = new Campaign
        {
            Id = CampaignKinds.CampaignId(kind, year, period),
            Kind = kind,
            Year = year,
            Period = period,
            Title = CampaignInputs.Text(System.Net.WebUtility.HtmlDecode(await context.EvaluateAsync(Title))) ?? CampaignKinds.DefaultTitle(kind, year, period),
            DueDate = CampaignDates.DueDate(dueText, year, context.Now, zone, context.Environment.Calendar.Current),
            Bloc = bloc,
            OpenedAt = context.Now.UtcDateTime,
            InstanceId = context.Workflow.State.Id,
        };

        var chart = await services.GetRequiredService<Organisation>().LoadAsync(context.CancellationToken);
        var units = chart.Reporting(bloc, supervisorUnitId: null);
        var store = services.GetRequiredService<CampaignStore>();
        var (stored, opened) = await store.OpenAsync(campaign, units, context.CancellationToken);
        if (!opened)
        {
            // Report what the first opener created, so a branch on "Trùng" can still name the campaign.
            var rows = await store.SubmissionsAsync(stored.Id, supervisorUnitId: null, bloc: null, context.CancellationToken);
            units = rows.Select(r => chart.ById.GetValueOrDefault(r.UnitId)).OfType<People.Unit>().Select(chart.Describe).ToList();
        }
        context.SetOutput(Campaign, SubmissionSummary.Campaign(stored));
        context.SetOutput(Units, new JsonArray(units.Select(u => (JsonNode)u.ToJson()).ToArray()));
        context.SetOutput(Supervisors, new JsonArray(chart.SupervisorsOf(units).Select(u => (JsonNode)u.ToJson()).ToArray()));
        context.Journal(opened ? "CampaignOpened" : "CampaignAlreadyOpen", $"{stored.Id}: {units.Count} đơn vị, hạn {CampaignDates.Text(stored.DueDate)}");
        context.Complete(opened ? "Done" : DuplicateOutcome);
    }

}
