using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Host.Complaints.Activities;

/// <summary>
/// Writes what a step decided into the case (classification and acceptance, the officer's proposal, the documents, the
/// status) and outputs the case as workflows see it. Every input is optional; an empty one changes nothing. Safe to run
/// again: fields are set, and history lines are keyed by the execution.
/// </summary>
[Activity("CongVu", "UpdateComplaint", ComplaintActivity.Category, DisplayName = "Cập nhật hồ sơ phản ánh",
    Description = "Ghi kết quả của bước vào hồ sơ phản ánh (phân loại, thụ lý và tính thời hạn giải quyết, đơn vị giải quyết, phương án, văn bản, trạng thái) và trả về hồ sơ (không có thông tin người phản ánh).")]
public sealed class UpdateComplaint : ComplaintActivity
{
    [Input(DisplayName = "Trạng thái", Options = ["", ComplaintStatus.Received, ComplaintStatus.InProgress, ComplaintStatus.AwaitingSupplement,
        ComplaintStatus.PendingApproval, ComplaintStatus.Answered, ComplaintStatus.Published], UIHint = UIHints.Dropdown, Order = 1)]
    public Input<string>? Status { get; set; }

    [Input(DisplayName = "Lĩnh vực", DefaultSyntax = ExpressionTypes.Handlebars, Order = 2)]
    public Input<string>? ComplaintCategory { get; set; }

    [Input(DisplayName = "Đơn vị giải quyết", Description = "Mã đơn vị hoặc \"Tên đơn vị (MÃ)\" như biểu mẫu phân loại.", DefaultSyntax = ExpressionTypes.Handlebars, Order = 3)]
    public Input<string>? UnitCode { get; set; }

    [Input(DisplayName = "Vụ việc phức tạp", Description = "Có / Không.", DefaultSyntax = ExpressionTypes.Handlebars, Order = 4)]
    public Input<string>? IsComplex { get; set; }

    [Input(DisplayName = "Thụ lý", Description = "Ghi ngày thụ lý (hôm nay) và tính hạn giải quyết: 30 ngày, vụ việc phức tạp 45 ngày (Luật Khiếu nại 2011, Điều 28).",
        UIHint = UIHints.Checkbox, Order = 5)]
    public Input<bool>? Accept { get; set; }

    [Input(DisplayName = "Cán bộ xử lý", Description = "Tên đăng nhập hoặc mã tài khoản của cán bộ giải quyết.", DefaultSyntax = ExpressionTypes.Handlebars, Order = 6)]
    public Input<string>? Officer { get; set; }

    [Input(DisplayName = "Kết quả kiểm tra, xác minh", Description = "Mỗi dòng một đoạn.", UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionTypes.Handlebars, Order = 7)]
    public Input<string>? Findings { get; set; }

    [Input(DisplayName = "Phương án giải quyết", Description = "Kết quả xử lý; mỗi dòng một đoạn.", UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionTypes.Handlebars, Order = 8)]
    public Input<string>? Resolution { get; set; }

    [Input(DisplayName = "Lỗi thuộc cơ quan", Description = "Có: văn bản trả lời và kết quả công khai kèm lời xin lỗi.", DefaultSyntax = ExpressionTypes.Handlebars, Order = 9)]
    public Input<string>? AtFault { get; set; }

    [Input(DisplayName = "Phiếu tiếp nhận", Description = "Kết quả của bước Tạo văn bản (phieu-tiep-nhan-phan-anh).", UIHint = UIHints.JsonEditor, DefaultSyntax = ExpressionTypes.Variable, Order = 10)]
    public Input<JsonNode>? ReceiptDocument { get; set; }

    [Input(DisplayName = "Văn bản trả lời", Description = "Kết quả của bước Tạo văn bản (tra-loi-phan-anh) đã cấp số; ghi ngày trả lời.", UIHint = UIHints.JsonEditor, DefaultSyntax = ExpressionTypes.Variable, Order = 11)]
    public Input<JsonNode>? AnswerDocument { get; set; }

    [Input(DisplayName = "Ghi chú lịch sử", Description = "Một dòng ghi vào quá trình xử lý (không ghi thông tin người phản ánh).", DefaultSyntax = ExpressionTypes.Handlebars, Order = 12)]
    public Input<string>? Note { get; set; }

    [Input(DisplayName = "Công khai ghi chú", Description = "Người phản ánh thấy ghi chú khi tra cứu.", UIHint = UIHints.Checkbox, Order = 13)]
    public Input<bool>? NoteIsPublic { get; set; }

    [Output(DisplayName = "Hồ sơ phản ánh", Description = "Hồ sơ sau khi cập nhật: mã số, tiêu đề, nội dung, đơn vị, hạn giải quyết (dueAt, dueDate)…; không có thông tin người phản ánh.")]
    public Output<JsonNode>? Complaint { get; set; }

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var complaint = await LoadComplaintAsync(context);
        var change = new ComplaintChange
        {
            Status = Text(await context.EvaluateAsync(Status)),
            Category = Text(await context.EvaluateAsync(ComplaintCategory)),
            UnitCode = Text(await context.EvaluateAsync(UnitCode)),
            IsComplex = YesNo(await context.EvaluateAsync(IsComplex)),
            Accept = await context.EvaluateAsync(Accept),
            Officer = Text(await context.EvaluateAsync(Officer)),
            Findings = Text(await context.EvaluateAsync(Findings)),
            Resolution = Text(await context.EvaluateAsync(Resolution)),
            AtFault = YesNo(await context.EvaluateAsync(AtFault)),
            ReceiptDocument = await context.EvaluateAsync(ReceiptDocument) as JsonObject,
            AnswerDocument = await context.EvaluateAsync(AnswerDocument) as JsonObject,
            Note = Text(await context.EvaluateAsync(Note)),
            NoteIsPublic = await context.EvaluateAsync(NoteIsPublic),
        };
        var updated = await change.ApplyAsync(context.Environment.Services, complaint.Id, KeyOf(context), ActorOf(context), context.CancellationToken);
        context.SetOutput(Complaint, await ViewAsync(context, updated));
        context.Complete();
    }
}
