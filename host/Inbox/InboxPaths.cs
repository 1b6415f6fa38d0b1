namespace CongVu.Host.Inbox;

/// <summary>The browser paths of the inbox and the task pages.</summary>
public static class InboxPaths
{
    public const string Inbox = "/cong-viec";

    public static string Task(string taskId) => $"{Inbox}/{Uri.EscapeDataString(taskId)}";

    public static string Claim(string taskId) => Task(taskId) + "/nhan-viec";

    public static string Release(string taskId) => Task(taskId) + "/tra-lai";

    public static string Reassign(string taskId) => Task(taskId) + "/chuyen";

    public static string Delegate(string taskId) => Task(taskId) + "/uy-quyen";

    public static string Login(string returnUrl) => $"/dang-nhap?returnUrl={Uri.EscapeDataString(returnUrl)}";
}
