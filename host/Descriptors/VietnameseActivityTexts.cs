namespace CongVu.Host.Descriptors;

/// <summary>
/// What the designer shows an administrator for the engine's built-in activities, in Vietnamese. The engine
/// describes its activities in English (it knows nothing of Vietnam); the host translates them here.
/// </summary>
public static class VietnameseActivityTexts
{
    /// <summary>An activity's description and its members' labels and help, by JSON member name.</summary>
    public sealed record ActivityText(string Description, IReadOnlyDictionary<string, MemberText> Members, string? DisplayName = null);

    /// <summary>A label and optional help for one input or output.</summary>
    public sealed record MemberText(string Label, string? Help = null);

    public static ActivityText? Find(string typeName) => Texts.GetValueOrDefault(typeName);

    private static ActivityText Text(string description, params (string Member, string Label, string? Help)[] members) =>
        new(description, members.ToDictionary(m => m.Member, m => new MemberText(m.Label, m.Help), StringComparer.Ordinal));

    private static readonly Dictionary<string, ActivityText> Texts = new(StringComparer.Ordinal)
    {
        ["Elsa.Start"] = Text("Điểm bắt đầu của luồng."),
        ["Elsa.End"] = Text("Kết thúc sơ đồ luồng (các nhánh còn chờ bị hủy)."),
        ["Elsa.Finish"] = Text("Kết thúc toàn bộ quy trình, hủy các nhánh đang chờ."),
        ["Elsa.Flowchart"] = Text("Sơ đồ luồng: các bước nối với nhau bằng kết nối."),
        ["Elsa.FlowJoin"] = Text("Hợp nhánh: chờ nhánh đầu tiên hoặc tất cả các nhánh.", ("mode", "Chế độ", null)),
        ["Elsa.FlowSwitch"] = Text("Rẽ nhiều nhánh theo các trường hợp.", ("mode", "Chế độ", null)),
        ["Elsa.FlowFork"] = Text("Chia thành nhiều nhánh chạy song song.", ("branches", "Các nhánh", "Tên các nhánh (mỗi nhánh một cổng ra).")),
        ["Elsa.FlowDecision"] = Text("Rẽ nhánh Đúng/Sai theo một điều kiện.", ("condition", "Điều kiện", "Biểu thức trả về true hoặc false.")),
        ["Elsa.ExecuteWorkflow"] = Text("Chạy một quy trình con và chờ kết quả.", WorkflowMembers),
        ["Elsa.DispatchWorkflow"] = Text("Khởi động một quy trình khác, không chờ.", WorkflowMembers),
        ["Elsa.ForEach"] = Text("Lặp tuần tự qua từng phần tử của danh sách.", LoopMembers),
        ["Elsa.ParallelForEach"] = Text("Lặp song song: mỗi phần tử một nhánh, xong khi tất cả xong.", LoopMembers),
        ["Elsa.Event"] = Text("Chờ một sự kiện có tên; có thể dùng để khởi động quy trình.",
            ("eventName", "Tên sự kiện", null), ("result", "Dữ liệu sự kiện", null)),
        ["Elsa.PublishEvent"] = Text("Phát một sự kiện cho các quy trình đang chờ sự kiện đó (sau khi bước này được lưu).",
            ("eventName", "Tên sự kiện", null), ("correlationId", "Mã liên kết", "Chỉ quy trình có mã liên kết này nhận; để trống: mọi quy trình đang chờ."),
            ("isLocal", "Chỉ quy trình này", null), ("payload", "Dữ liệu sự kiện", null)),
        ["Elsa.SetVariable"] = Text("Gán giá trị cho một biến của quy trình.", ("variable", "Biến", null), ("value", "Giá trị", null)),
        ["Elsa.WriteLine"] = Text("Ghi một dòng vào nhật ký.", ("text", "Nội dung", null)),
        ["Elsa.SetOutput"] = Text("Đặt một kết quả đầu ra của quy trình.", ("outputName", "Tên đầu ra", null), ("outputValue", "Giá trị", null)),
        ["Elsa.StartAt"] = Text("Chờ đến một thời điểm; có thể khởi động quy trình vào thời điểm đó.",
            ("dateTime", "Thời điểm", "Giờ Việt Nam nếu không ghi múi giờ, ví dụ 15/02/2027 08:00.")),
        ["Elsa.Delay"] = Text("Chờ trong một khoảng thời gian.", ("timeSpan", "Khoảng thời gian", "Ví dụ 00:05:00 (5 phút) hoặc 2.00:00:00 (2 ngày).")),
        ["Elsa.Timer"] = Text("Hẹn giờ lặp lại; có thể khởi động quy trình định kỳ.", ("interval", "Chu kỳ", "Ví dụ 01:00:00 (mỗi giờ).")),
        ["Elsa.Cron"] = Text("Lịch theo biểu thức cron (giờ Việt Nam); có thể khởi động quy trình theo lịch.",
            ("cronExpression", "Biểu thức cron", "5 trường: phút giờ ngày tháng thứ, ví dụ '0 8 * * MON'.")),
        ["CongVu.Deadline"] = Text("Chờ đến hạn: ngày hằng năm (15/02), ngày cố định, hoặc số ngày / ngày làm việc kể từ bây giờ.",
            ("due", "Hạn", "Ví dụ: 15/02 (hằng năm), 15/02/2027, 30 days, 15 working days, P2D."), ("dueAt", "Thời điểm đến hạn", null))
            with { DisplayName = "Hạn chót" },
    };

    private static (string, string, string?)[] WorkflowMembers =>
    [
        ("workflowDefinitionId", "Quy trình", null), ("input", "Đầu vào", null), ("correlationId", "Mã tương quan", null),
        ("waitForCompletion", "Chờ hoàn thành", null), ("result", "Kết quả", null),
    ];

    private static (string, string, string?)[] LoopMembers =>
        [("items", "Danh sách", "Biểu thức trả về một danh sách."), ("currentValue", "Phần tử hiện tại", null)];
}
