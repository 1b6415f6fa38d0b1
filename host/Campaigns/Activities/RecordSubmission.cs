using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Model;
using CongVu.Engine.Runtime;

namespace CongVu.Host.Campaigns.Activities;

/// <summary>
/// Records a unit's submission for a campaign (submitted, returned, approved) at the engine clock's time, and signals
/// the consolidations waiting on the campaign once this step commits. Recording the same change again is harmless:
/// the first submission time and its on-time flag are kept.
/// </summary>
[Activity("CongVu", "RecordSubmission", "Chiến dịch", DisplayName = "Ghi nhận nộp",
    Description = "Ghi nhận đơn vị đã nộp, bị trả lại hoặc được tiếp nhận trong chiến dịch; tính đúng hạn theo lần nộp đầu tiên và báo cho bước tổng hợp đang chờ.")]
public sealed class RecordSubmission : Activity
{
    [Input(DisplayName = "Mã chiến dịch", Description = "Ví dụ bao-cao-2027-6t; thường là {{input.campaignId}}.", DefaultSyntax = ExpressionTypes.Handlebars, Required = true, Order = 0)]
    public Input<string>? CampaignId { get; set; }

    [Input(DisplayName = "Mã đơn vị", Description = "Đơn vị nộp; thường là {{input.unitCode}}.", OptionsSource = "units", DefaultSyntax = ExpressionTypes.Handlebars, Required = true, Order = 1)]
    public Input<string>? UnitCode { get; set; }

    [Input(DisplayName = "Trạng thái", Description = "Submitted: đã nộp; Returned: bị trả lại; Approved: cấp trên đã tiếp nhận; Pending: chưa nộp.", UIHint = UIHints.Dropdown,
        Options = [SubmissionStatus.Submitted, SubmissionStatus.Returned, SubmissionStatus.Approved, SubmissionStatus.Pending], Required = true, Order = 2)]
    public Input<string>? Status { get; set; }

    [Input(DisplayName = "Văn bản", Description = "Kết quả của bước Tạo văn bản ({ id, ... }) hoặc mã văn bản.", UIHint = UIHints.JsonEditor, Order = 3)]
    public Input<JsonNode>? Document { get; set; }

    [Input(DisplayName = "Dữ liệu", Description = "Đối tượng JSON lưu kèm (tự đánh giá theo tiêu chí, số liệu); hiện trong báo cáo tổng hợp.", UIHint = UIHints.JsonEditor,
        DefaultSyntax = ExpressionTypes.Object, Order = 4)]
    public Input<JsonNode>? Data { get; set; }

    [Output(DisplayName = "Kết quả ghi nhận", Description = "{ code, name, status, submittedAt, submittedAtText, onTime, timeliness, ... }")]
    public Output<JsonObject>? Submission { get; set; }

    protected override void Load(ActivityLoadContext load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (ActivityLoadContext.LiteralText(Status) is { Length: > 0 } status && SubmissionStatus.Parse(status) is null)
            load.Error($"Input 'status' is '{status}', which is not one of {string.Join(", ", SubmissionStatus.All)}.");
    }

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Environment.Services;
        var ct = context.CancellationToken;
        var campaignId = CampaignInputs.Text(await context.EvaluateAsync(CampaignId)) ?? throw new InvalidOperationException("Input 'campaignId' is empty.");
        var code = CampaignInputs.Text(await context.EvaluateAsync(UnitCode)) ?? throw new InvalidOperationException("Input 'unitCode' is empty.");
        var statusText = await context.EvaluateAsync(Status);
        var status = SubmissionStatus.Parse(statusText) ?? throw new InvalidOperationException($"Input 'status' is '{statusText}', which is not one of {string.Join(", ", SubmissionStatus.All)}.");
        var store = services.GetRequiredService<CampaignStore>();
        var campaign = await store.FindAsync(campaignId, ct) ?? throw new InvalidOperationException($"Campaign '{campaignId}' has not been opened.");
        var unit = await services.GetRequiredService<Organisation>().DescribeAsync(code, ct)
            ?? throw new InvalidOperationException($"Input 'unitCode': the unit '{code}' does not exist.");

        var change = new SubmissionChange(status, context.Now.UtcDateTime, CampaignInputs.DocumentId(await context.EvaluateAsync(Document)),
            CampaignInputs.Data(await context.EvaluateAsync(Data)), context.Workflow.State.Id);
        var zone = context.Environment.TimeZone;
        var row = await store.RecordAsync(campaign, unit, change, zone, ct);

        // Delivered after this burst commits, to every AwaitSubmissions waiting on the campaign, which then counts again.
        var signal = new JsonObject { ["campaignId"] = campaign.Id, ["unitCode"] = unit.Code, ["status"] = status };
        context.Workflow.ScheduleWork(Signals.Create(AwaitSubmissions.StimulusFor(campaign.Id), correlationId: null, signal, context.Now.UtcDateTime));
        context.SetOutput(Submission, SubmissionSummary.Item(row, zone));
        context.Journal("SubmissionRecorded", $"{campaign.Id}: {unit.Code} {status}" + (row.OnTime is { } onTime ? (onTime ? " (đúng hạn)" : " (trễ hạn)") : ""));
        context.Complete();
    }
}
