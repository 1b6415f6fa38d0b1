using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CongVu.Engine.Execution;

/// <summary>
/// What a bookmark or trigger waits for: an activity type and a payload (e.g. an event name).
/// Matching is by <see cref="Hash"/>, so lookups are one indexed equality, whatever the payload.
/// </summary>
public sealed class Stimulus
{
    public Stimulus(string activityType, JsonObject payload)
    {
        ActivityType = activityType;
        Payload = payload;
        Hash = ComputeHash(activityType, payload);
    }

    public string ActivityType { get; }
    public JsonObject Payload { get; }
    public string Hash { get; }

    /// <summary>Hash of the type and the payload with keys sorted, so equal payloads hash equally.</summary>
    public static string ComputeHash(string activityType, JsonObject payload)
    {
        var canonical = new StringBuilder(activityType).Append('|');
        foreach (var (key, value) in payload.OrderBy(p => p.Key, StringComparer.Ordinal))
            canonical.Append(key).Append('=').Append(value?.ToJsonString()).Append(';');
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }
}

/// <summary>What starts a workflow at a trigger activity: a stimulus to match, or a next due time.</summary>
public sealed record TriggerSpec(Stimulus? Stimulus, DateTimeOffset? NextDueAt)
{
    public static TriggerSpec ForStimulus(Stimulus stimulus) => new(stimulus, null);
    public static TriggerSpec ForSchedule(DateTimeOffset? nextDueAt) => new(null, nextDueAt);
}

/// <summary>A child activity that finished, passed to its parent.</summary>
public sealed record ChildCompletion(ActivityExecutionContext Child, IReadOnlyList<string> Outcomes);
