using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Model;

namespace CongVu.Host.Tasks;

/// <summary>
/// A step done by a person (Elsa's UserTask): creates a task for an assignee or a group, waits, and continues on the
/// outcome they chose, after checking their comment and form values. Its ports are its outcomes.
/// </summary>
[Activity("CongVu", "UserTask", "Công việc", DisplayName = "Công việc của cán bộ", Kind = ActivityKind.Task, Outcomes = ["Duyệt", "Trả lại", "Từ chối"],
    Description = "Giao việc cho một người hoặc một nhóm (theo vai trò và đơn vị); quy trình chờ đến khi có kết quả xử lý.")]
public sealed partial class UserTask : Activity
{
    public const string TypeName = "CongVu.UserTask";
    private const string Assignment = "Giao việc", Deadline = "Thời hạn", Result = "Kết quả";

    public static IReadOnlyList<string> DefaultOutcomes { get; } = ["Duyệt", "Trả lại", "Từ chối"];
    public static IReadOnlyList<string> DefaultCommentRequiredFor { get; } = ["Trả lại", "Từ chối"];

    [Input(DisplayName = "Tiêu đề", Description = "Tiêu đề công việc trong hộp việc, ví dụ: Duyệt tờ trình {{tieuDe}}.", DefaultSyntax = ExpressionTypes.Handlebars, Required = true, Order = 0)]
    public Input<string>? Title { get; set; }

    [Input(DisplayName = "Mô tả", Description = "Hướng dẫn cho người xử lý.", UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionTypes.Handlebars, Order = 1)]
    public Input<string>? Description { get; set; }

    [Input(DisplayName = "Người xử lý", Description = "Tên đăng nhập của người được giao; để trống thì giao theo vai trò và đơn vị.", Category = Assignment, Order = 2)]
    public Input<string>? Assignee { get; set; }

    // The host's "roles" list (names with their Vietnamese labels) fills the dropdown.
    [Input(DisplayName = "Vai trò", Description = "Những người có vai trò này trong đơn vị được giao (UnitHead: thủ trưởng đơn vị).",
        OptionsSource = "roles", Category = Assignment, Order = 3)]
    public Input<string>? CandidateRole { get; set; }

    [Input(DisplayName = "Đơn vị", Description = "Mã đơn vị (VP-UBND), hoặc submitter: đơn vị của người trình, supervisor: đơn vị cấp trên của đơn vị đó.", OptionsSource = "units", Category = Assignment, Order = 4)]
    public Input<string>? CandidateUnit { get; set; }

    [Input(DisplayName = "Người có thể nhận", Description = "Tên đăng nhập, cách nhau bởi dấu phẩy.", Category = Assignment, Order = 5)]
    public Input<List<string>>? CandidateUsers { get; set; }

    [Input(DisplayName = "Người không được giao", Description = "Tên đăng nhập, cách nhau bởi dấu phẩy. Người trình luôn bị loại.", Category = Assignment, Order = 6)]
    public Input<List<string>>? ExcludedUsers { get; set; }

    [Input(DisplayName = "Độ ưu tiên", Category = Assignment, DefaultValue = 0, Order = 7)]
    public Input<int>? Priority { get; set; }

    [Input(DisplayName = "Hạn xử lý", Description = "Ví dụ: 15/02, 15/02/2027, 2027-02-15, 3 working days; tính khi tạo công việc.", Category = Deadline, Order = 8)]
    public Input<string>? DueDate { get; set; }

    [Input(DisplayName = "Các kết quả", Description = "Mỗi kết quả là một nút trên trang xử lý và một nhánh ra.", UIHint = UIHints.DynamicOutcomes,
        DefaultValue = new[] { "Duyệt", "Trả lại", "Từ chối" }, Category = Result, Order = 9)]
    public Input<List<string>>? Outcomes { get; set; }

    [Input(DisplayName = "Kết quả bắt buộc ý kiến", DefaultValue = new[] { "Trả lại", "Từ chối" }, Category = Result, Order = 10)]
    public Input<List<string>>? CommentRequiredFor { get; set; }

    [Input(DisplayName = "Biểu mẫu", Description = "Mảng JSON các trường: name, label, type (text|multiline|number|date|select|file), required, options, maxBytes, allowedExtensions, variable.",
        UIHint = UIHints.JsonEditor, Category = Result, Order = 11)]
    public Input<JsonNode>? Form { get; set; }

    [Input(DisplayName = "Nhắc hạn", Description = "Số ngày làm việc trước hạn để nhắc, ví dụ 3,1.", DefaultValue = "3,1", Category = Deadline, Order = 12)]
    public Input<string>? Reminders { get; set; }

    [Input(DisplayName = "Báo cáo cấp trên", Description = "Số ngày làm việc sau hạn để báo thủ trưởng đơn vị (cấp 1) và thủ trưởng đơn vị cấp trên (cấp 2), ví dụ 0,2.",
        DefaultValue = "0,2", Category = Deadline, Order = 13)]
    public Input<string>? Escalations { get; set; }

    [Input(DisplayName = "Kết quả khi quá hạn", Description = "Để trống: không tự động xử lý.", Category = Deadline, Order = 14)]
    public Input<string>? TimeoutOutcome { get; set; }

    [Input(DisplayName = "Tự động sau", Description = "Số ngày làm việc sau hạn thì tự động chọn kết quả khi quá hạn.", DefaultValue = 5, Category = Deadline, Order = 15)]
    public Input<int>? TimeoutAfter { get; set; }

    [Input(DisplayName = "Văn bản", Description = "Nội dung xem trước trên trang xử lý: HTML (Handlebars) hoặc đối tượng { title, html }.",
        UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionTypes.Handlebars, Order = 16)]
    public Input<JsonNode>? Document { get; set; }

    [Output(DisplayName = "Kết quả", Description = "Kết quả người xử lý đã chọn.")]
    public Output<string>? Outcome { get; set; }

    [Output(DisplayName = "Ý kiến")]
    public Output<string>? Comment { get; set; }

    [Output(DisplayName = "Người xử lý", Description = "Mã tài khoản của người đã xử lý.")]
    public Output<string>? CompletedBy { get; set; }

    /// <summary>The outcomes written in the definition (as Elsa's FlowFork does with its branches); the defaults otherwise.</summary>
    public override IReadOnlyList<string> Ports => UserTaskLiterals.List(Outcomes) is { Count: > 0 } outcomes ? outcomes : DefaultOutcomes;

    protected override void Load(ActivityLoadContext load)
    {
        ArgumentNullException.ThrowIfNull(load);
        foreach (var problem in UserTaskLiterals.Problems(this)) load.Error(problem);
    }
}
