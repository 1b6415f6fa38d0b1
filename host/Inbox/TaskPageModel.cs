using System.Text.Json;
using System.Text.Json.Nodes;
using CongVu.Engine.Tasks;
using CongVu.Host.Tasks;

namespace CongVu.Host.Inbox;

/// <summary>Everything the task page shows about one task, for one person, loaded once per request.</summary>
internal sealed record TaskPageModel(
    HumanTaskRecord Task,
    TaskData Data,
    string? DocumentFileId,
    IReadOnlyList<(HumanTaskEventRecord Line, string TaskTitle)> History,
    IReadOnlyDictionary<string, string> UserNames,
    string? UnitName,
    string UserId,
    bool CanAct,
    bool CanTransfer)
{
    private const int HistoryLimit = 300;
    private static readonly TaskData NoData = new([], [], null, null, null);

    public bool IsOpen => Task.Status == HumanTaskStatus.Open;
    public bool CanClaim => CanAct && Task.AssigneeUserId is null;
    public bool CanRelease => IsOpen && Task.AssigneeUserId == UserId && TaskUserList.Split(Task.CandidateUsers).Any(c => c != UserId);

    public string? NameOf(string? userId) => userId is null ? null : UserNames.TryGetValue(userId, out var name) ? name : null;

    /// <param name="actor">The person asking, who may see the task (checked by the caller).</param>
    public static async Task<TaskPageModel> LoadAsync(HumanTaskRecord task, TaskActor actor, InboxQueries queries, InboxDirectory directory, CancellationToken ct)
    {
        var data = ParseData(task.Data);
        var history = await queries.HistoryAsync(task.InstanceId, HistoryLimit, ct);
        var mentioned = history.SelectMany(h => new[] { h.Line.UserId, Text(h.Line.Data, "to"), Text(h.Line.Data, "from") })
            .Append(task.AssigneeUserId).Append(task.SubmitterUserId).Append(data.SubmitterUserId).Append(task.CompletedBy);
        var names = await directory.UserNamesAsync(mentioned, ct);
        var units = await directory.UnitNamesAsync([task.UnitId], ct);
        return new TaskPageModel(task, data, Text(task.Data, "document", "fileId"), history, names,
            task.UnitId is { } unit && units.TryGetValue(unit, out var unitName) ? unitName : null,
            actor.UserId, actor.CanAct(task), task.Status == HumanTaskStatus.Open && actor.CanTransfer(task));
    }

    /// <summary>A task whose data cannot be read still opens, without form or outcomes.</summary>
    internal static TaskData ParseData(string json)
    {
        try
        {
            return TaskData.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json) is { } data
                ? data with { Outcomes = data.Outcomes ?? [], Form = data.Form ?? [] }
                : NoData;
        }
        catch (JsonException)
        {
            return NoData;
        }
    }

    /// <summary>A string at a path of a JSON text (history line data, the document's file id), or null.</summary>
    internal static string? Text(string? json, params string[] path)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            var node = JsonNode.Parse(json);
            foreach (var key in path) node = node is JsonObject o ? o[key] : null;
            return node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
