using System.Globalization;

namespace CongVu.Host.Tasks;

/// <summary>The Vietnamese messages people read about tasks, kept together so wording stays consistent.</summary>
public static class TaskTexts
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public const string FourEyes = "Người trình không được tự duyệt bước này.";
    public const string UserRequired = "Thiếu người xử lý.";
    public const string NotAssigned = "Bạn không được giao xử lý công việc này.";
    public const string Excluded = "Người này không được phép xử lý công việc này.";
    public const string TaskNotFound = "Không tìm thấy công việc.";
    public const string TaskClosed = "Công việc đã được xử lý hoặc không còn chờ xử lý.";
    public const string AlreadyClaimedByYou = "Bạn đã nhận công việc này.";
    public const string ClaimedByOther = "Công việc đã có người khác nhận.";
    public const string NotCandidate = "Bạn không thuộc nhóm được giao công việc này.";
    public const string CannotRelease = "Chỉ trả lại nhóm được công việc nhóm mà bạn đang giữ.";
    public const string ChangedMeanwhile = "Công việc vừa được người khác thay đổi, vui lòng tải lại trang.";
    public const string ReasonRequired = "Vui lòng nêu lý do.";
    public const string TransferNotAllowed = "Chỉ người đang xử lý, thủ trưởng đơn vị hoặc quản trị hệ thống được chuyển công việc.";
    public const string DelegateNeedsAssignee = "Công việc chưa có người nhận; hãy dùng chức năng giao lại.";
    public const string SameAssignee = "Người này đang xử lý công việc.";
    public const string UnknownActor = "Không tìm thấy tài khoản người dùng.";

    public static string UnknownUser(string name) => $"Không tìm thấy người dùng «{name}».";

    public static string ChooseOutcome(IEnumerable<string> outcomes) => $"Vui lòng chọn một trong các kết quả: {string.Join(", ", outcomes)}.";

    public static string CommentRequired(string outcome) => $"Vui lòng nhập ý kiến khi chọn «{outcome}».";

    public static string TimedOut(string outcome) => $"Quá hạn xử lý: hệ thống tự động chọn «{outcome}».";

    public static string FieldRequired(string label) => $"Vui lòng nhập {label}.";

    public static string NotANumber(string label) => $"{label} phải là một số.";

    public static string NotADate(string label) => $"{label} phải là ngày theo dạng dd/MM/yyyy hoặc yyyy-MM-dd.";

    public static string NotAnOption(string label, IEnumerable<string> options) => $"{label} phải là một trong: {string.Join(", ", options)}.";

    public static string NotText(string label) => $"{label} phải là văn bản.";

    public static string BadFile(string label) => $"{label}: tệp đính kèm không hợp lệ (cần mã, tên và dung lượng của tệp đã tải lên).";

    public static string FileTooLarge(string label, long maxBytes) => $"{label}: tệp vượt quá dung lượng cho phép ({maxBytes.ToString("N0", Vietnamese)} byte).";

    public static string FileType(string label, IEnumerable<string> extensions) => $"{label}: chỉ chấp nhận tệp {string.Join(", ", extensions)}.";

    public static string VariableMismatch(string label) => $"{label}: giá trị không phù hợp với kiểu dữ liệu của biến quy trình.";
}
