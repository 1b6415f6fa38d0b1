namespace CongVu.Host.Complaints;

/// <summary>Where a complaint came in; the names are stored, the Vietnamese labels shown.</summary>
public static class ComplaintChannels
{
    public const string Web = "web";
    public const string Hotline = "hotline";
    public const string Mailbox = "mailbox";
    public const string Email = "email";

    public static IReadOnlyList<string> All { get; } = [Web, Hotline, Mailbox, Email];

    /// <summary>The channels staff type in by hand (the web form enters its own).</summary>
    public static IReadOnlyList<string> Staff { get; } = [Hotline, Mailbox, Email];

    public static string DisplayName(string? channel) => channel switch
    {
        Web => "Cổng tiếp nhận phản ánh, kiến nghị trực tuyến",
        Hotline => "Đường dây nóng",
        Mailbox => "Hòm thư góp ý",
        Email => "Thư điện tử",
        _ => channel ?? "",
    };
}

/// <summary>The stages of a case, in order; the names are stored, the Vietnamese labels shown.</summary>
public static class ComplaintStatus
{
    public const string Received = "Received";
    public const string InProgress = "InProgress";
    public const string AwaitingSupplement = "AwaitingSupplement";
    public const string PendingApproval = "PendingApproval";
    public const string Answered = "Answered";
    public const string Published = "Published";

    public static IReadOnlyList<string> All { get; } = [Received, InProgress, AwaitingSupplement, PendingApproval, Answered, Published];

    public static bool IsKnown(string? status) => status is not null && All.Contains(status, StringComparer.Ordinal);

    public static string DisplayName(string? status) => status switch
    {
        Received => "Đã tiếp nhận, chờ phân loại",
        InProgress => "Đang giải quyết",
        AwaitingSupplement => "Chờ bổ sung tài liệu",
        PendingApproval => "Chờ lãnh đạo duyệt",
        Answered => "Đã trả lời",
        Published => "Đã công khai kết quả",
        _ => status ?? "",
    };
}

/// <summary>The categories a receiving office classifies a case into (the classification form's options).</summary>
public static class ComplaintCategories
{
    public const string Feedback = "Phản ánh, kiến nghị";
    public const string Complaint = "Khiếu nại";
    public const string Denunciation = "Tố cáo";
    public const string Harassment = "Nhũng nhiễu, gây phiền hà";
    public const string Procedure = "Thủ tục hành chính";

    public static IReadOnlyList<string> All { get; } = [Feedback, Harassment, Procedure, Complaint, Denunciation];
}
