using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Host.Complaints.Activities;

/// <summary>
/// Publishes the result of a case on the public pages (/phan-anh/ket-qua and the lookup): the summary given, or the
/// resolution with the apology where the office was at fault; the reporter's identity is taken out of it first.
/// </summary>
[Activity("CongVu", "PublishComplaint", ComplaintActivity.Category, DisplayName = "Công khai kết quả giải quyết",
    Description = "Công khai kết quả giải quyết phản ánh (kèm lời xin lỗi nếu lỗi thuộc cơ quan) trên trang công khai; thông tin người phản ánh được loại bỏ.")]
public sealed class PublishComplaint : ComplaintActivity
{
    [Input(DisplayName = "Nội dung công khai", Description = "Để trống: phương án giải quyết đã duyệt. Lời xin lỗi (nếu lỗi thuộc cơ quan) luôn được công khai kèm theo.",
        UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionTypes.Handlebars, Order = 1)]
    public Input<string>? Summary { get; set; }

    [Output(DisplayName = "Hồ sơ phản ánh")]
    public Output<JsonNode>? Complaint { get; set; }

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var complaint = await LoadComplaintAsync(context);
        var store = Service<ComplaintStore>(context);
        // The apology is published beside the summary (pages show it whenever the office was at fault), not inside it.
        var summary = Text(await context.EvaluateAsync(Summary)) ?? complaint.Resolution ?? "";
        summary = IdentityScrubber.Scrub(summary, await store.FindReporterAsync(complaint.Id, context.CancellationToken));
        var key = KeyOf(context);
        var updated = await store.UpdateAsync(complaint.Id, async (c, db) =>
        {
            c.PublishedAt ??= store.UtcNow;
            c.PublishedSummary = summary;
            c.Status = ComplaintStatus.Published;
            await ComplaintStore.AddEventOnceAsync(db, new ComplaintEvent
            {
                Id = $"{key}:published", ComplaintId = c.Id, At = store.UtcNow, Kind = "published", IsPublic = true, Text = "Công khai kết quả giải quyết.",
            }, context.CancellationToken);
        }, context.CancellationToken);
        context.SetOutput(Complaint, await ViewAsync(context, updated));
        context.Complete();
    }
}
