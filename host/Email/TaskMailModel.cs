using CongVu.Engine.Tasks;
using CongVu.Host.People;

namespace CongVu.Host.Email;

/// <summary>The model the task templates see; <c>templates/email/task-*.sample.json</c> show the same names.</summary>
internal static class TaskMailModel
{
    private static readonly string[] ApprovedOutcomes = ["Approve", "Approved", "Accept", "Accepted", "Duyệt", "Đã duyệt", "Phê duyệt", "Đồng ý"];
    private static readonly string[] ReturnedOutcomes = ["Return", "Returned", "Trả lại", "Yêu cầu bổ sung"];
    private static readonly string[] RejectedOutcomes = ["Reject", "Rejected", "Từ chối", "Không duyệt", "Không đồng ý"];

    public static Dictionary<string, object?> Create(
        HumanTaskNotification notification, AppUser recipient, IReadOnlyDictionary<string, AppUser> people, string? unitName, string link, DateTimeOffset linkExpiresAt)
    {
        var task = notification.Task;
        string? Name(string? id) => id is not null && people.TryGetValue(id, out var user) ? user.FullName : null;
        var outcome = task.Outcome;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["recipientName"] = recipient.FullName,
            ["title"] = task.Title,
            ["description"] = task.Description,
            ["unitName"] = unitName,
            ["dueAt"] = task.DueAt,
            ["createdAt"] = task.CreatedAt,
            ["level"] = notification.Level,
            ["forGroup"] = task.AssigneeUserId is null && !string.IsNullOrEmpty(task.CandidateUsers),
            ["assigneeName"] = Name(task.AssigneeUserId),
            ["submitterName"] = Name(task.SubmitterUserId),
            ["actorName"] = Name(notification.ActorUserId ?? task.CompletedBy),
            ["comment"] = notification.Comment,
            ["outcome"] = outcome,
            ["approved"] = IsOneOf(outcome, ApprovedOutcomes),
            ["returned"] = IsOneOf(outcome, ReturnedOutcomes),
            ["rejected"] = IsOneOf(outcome, RejectedOutcomes),
            ["link"] = link,
            ["linkExpiresAt"] = linkExpiresAt,
        };
    }

    private static bool IsOneOf(string? outcome, string[] names) =>
        outcome is not null && names.Any(n => string.Equals(n, outcome.Trim(), StringComparison.OrdinalIgnoreCase));
}
