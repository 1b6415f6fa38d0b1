using System.Text.Json.Nodes;

namespace CongVu.Host.Tasks;

/// <summary>
/// What resumes a UserTask: <c>{ "outcome", "comment", "userId", "values": { field: value }, "system" }</c>. A system
/// resume (the timeout) carries the token the task planned with it, so no caller can claim to be the system.
/// </summary>
public sealed record TaskResumeInput(string? Outcome, string? Comment, string? UserId, JsonObject? Values, bool System = false, string? Token = null)
{
    public static TaskResumeInput From(JsonObject? input) => new(
        Text(input?["outcome"]),
        Text(input?["comment"]),
        Text(input?["userId"]),
        input?["values"] as JsonObject,
        input?["system"] is JsonValue s && s.TryGetValue<bool>(out var system) && system,
        Text(input?["token"]));

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["outcome"] = Outcome,
            ["comment"] = Comment,
            ["userId"] = UserId,
            ["values"] = Values?.DeepClone(),
            ["system"] = System,
        };
        if (Token is not null) json["token"] = Token;
        return json;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}
