using System.Globalization;
using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Host.Campaigns.Activities;

/// <summary>
/// A supervisor's consolidation: waits until every unit it expects has been accepted, or until the deadline, then
/// reports who submitted (on time or late) and who is missing. It keeps one bookmark (not burned on resume) that each
/// <see cref="RecordSubmission"/> signal resumes to count again, and whose due time is the deadline.
/// </summary>
[Activity("CongVu", "AwaitSubmissions", "Chiến dịch", DisplayName = "Chờ tổng hợp",
    Description = "Chờ các đơn vị thuộc đơn vị tổng hợp nộp và được tiếp nhận, hoặc đến hạn; kết quả liệt kê đơn vị nộp đúng hạn, trễ hạn, chưa nộp.")]
public sealed class AwaitSubmissions : Activity
{
    public const string TypeName = "CongVu.AwaitSubmissions";
    private const string CampaignProperty = "campaignId", SupervisorProperty = "supervisorUnitId", DeadlineProperty = "deadline";

    [Input(DisplayName = "Mã chiến dịch", Description = "Ví dụ bao-cao-2027-6t.", DefaultSyntax = ExpressionTypes.Handlebars, Required = true, Order = 0)]
    public Input<string>? CampaignId { get; set; }

    [Input(DisplayName = "Đơn vị tổng hợp", Description = "Mã đơn vị cấp trên (SNV, BTC-TU); để trống: mọi đơn vị của chiến dịch.", OptionsSource = "units",
        DefaultSyntax = ExpressionTypes.Handlebars, Order = 1)]
    public Input<string>? SupervisorCode { get; set; }

    [Input(DisplayName = "Hạn chờ", Description = "Hết ngày ghi (15/06 trong năm của chiến dịch, 20/06/2027, 2027-06-20), số ngày sau hạn nộp (3 working days), hoặc thời điểm ISO có múi giờ. Để trống: hết ngày hạn nộp.",
        Order = 2)]
    public Input<string>? Deadline { get; set; }

    [Output(DisplayName = "Tổng hợp", Description = "{ campaign, supervisor, deadline, expected, counts { expected, submitted, onTime, late, missing, approved }, submitted [...], late [...], missing [...], lateNames, missingNames, allApproved, reason }")]
    public Output<JsonObject>? Summary { get; set; }

    public static Stimulus StimulusFor(string campaignId) => new(TypeName, new JsonObject { ["campaignId"] = campaignId });

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Environment.Services;
        var campaignId = CampaignInputs.Text(await context.EvaluateAsync(CampaignId)) ?? throw new InvalidOperationException("Input 'campaignId' is empty.");
        var campaign = await services.GetRequiredService<CampaignStore>().FindAsync(campaignId, context.CancellationToken)
            ?? throw new InvalidOperationException($"Campaign '{campaignId}' has not been opened.");
        ReportingUnit? supervisor = null;
        if (CampaignInputs.Text(await context.EvaluateAsync(SupervisorCode)) is { } code)
            supervisor = await services.GetRequiredService<Organisation>().DescribeAsync(code, context.CancellationToken)
                ?? throw new InvalidOperationException($"Input 'supervisorCode': the unit '{code}' does not exist.");
        var deadline = CampaignDates.Deadline(await context.EvaluateAsync(Deadline), campaign, context.Environment.TimeZone, context.Environment.Calendar.Current);
        // What each later count needs, kept with the step: inputs are not evaluated again on a resume.
        context.Properties[CampaignProperty] = campaign.Id;
        context.Properties[SupervisorProperty] = supervisor is null ? null : new JsonObject { ["id"] = supervisor.Id, ["code"] = supervisor.Code, ["name"] = supervisor.Name };
        context.Properties[DeadlineProperty] = CampaignDates.Iso(deadline.UtcDateTime);
        if (!await EvaluateAsync(context))
            context.CreateBookmark(StimulusFor(campaign.Id), deadline, autoBurn: false);
    }

    /// <summary>A signal (a unit's change) or the deadline's timer: count again; the bookmark stays until the wait is over.</summary>
    protected override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await EvaluateAsync(context);
    }

    /// <summary>Counts the submissions; when all are accepted or the deadline has come, writes the summary and completes.</summary>
    private async Task<bool> EvaluateAsync(ActivityExecutionContext context)
    {
        var store = context.Environment.Services.GetRequiredService<CampaignStore>();
        var ct = context.CancellationToken;
        var campaignId = context.Properties[CampaignProperty]!.GetValue<string>();
        var supervisor = context.Properties[SupervisorProperty] as JsonObject;
        var deadline = DateTimeOffset.Parse(context.Properties[DeadlineProperty]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var campaign = await store.FindAsync(campaignId, ct) ?? throw new InvalidOperationException($"Campaign '{campaignId}' no longer exists.");
        var rows = await store.SubmissionsAsync(campaignId, supervisor?["id"]?.GetValue<string>(), bloc: null, ct);

        var allApproved = rows.All(r => r.Status == SubmissionStatus.Approved);
        var due = context.Now >= deadline;
        // The summary (up to a thousand units with their data) is written once, at the end, not with every signal's commit.
        if (!allApproved && !due) return false;
        var summary = SubmissionSummary.Build(campaign, supervisor, rows, deadline, context.Environment.TimeZone);
        summary["reason"] = allApproved ? "approved" : "deadline";
        context.SetOutput(Summary, summary);
        var counts = CampaignCounts.Of(rows);
        context.Journal("SubmissionsConsolidated", string.Create(CultureInfo.InvariantCulture,
            $"{campaign.Id}: {counts.Submitted}/{counts.Expected} đã nộp, {counts.Late} trễ hạn, {counts.Missing} chưa nộp"));
        context.Complete();
        return true;
    }
}
