namespace CongVu.Host.Campaigns;

/// <summary>Where a unit's submission stands; the workflow of the unit records each change.</summary>
public static class SubmissionStatus
{
    public const string Pending = "Pending";
    public const string Submitted = "Submitted";
    public const string Returned = "Returned";
    public const string Approved = "Approved";

    public static IReadOnlyList<string> All { get; } = [Pending, Submitted, Returned, Approved];

    /// <summary>The status with its canonical spelling, or null when <paramref name="text"/> is not one.</summary>
    public static string? Parse(string? text) =>
        All.FirstOrDefault(s => string.Equals(s, text?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Statuses that count as sent: the first one gives the submission time.</summary>
    public static bool IsSent(string status) => status is Submitted or Approved;

    public static string DisplayName(string? status) => status switch
    {
        Pending => "Chưa nộp",
        Submitted => "Đã nộp, chờ tiếp nhận",
        Returned => "Bị trả lại",
        Approved => "Đã tiếp nhận",
        _ => status ?? "",
    };
}

/// <summary>A unit's standing against the due date: on time, late, or not submitted.</summary>
public static class Timeliness
{
    public const string OnTime = "onTime", Late = "late", Missing = "missing";

    public static string Of(CampaignSubmission submission) =>
        submission.SubmittedAt is null ? Missing : submission.OnTime == true ? OnTime : Late;

    public static string DisplayName(string timeliness) => timeliness switch
    {
        OnTime => "Đúng hạn",
        Late => "Trễ hạn",
        _ => "Chưa nộp",
    };
}
