using System.Text.Json.Nodes;
using CongVu.Engine.Execution;

namespace CongVu.Engine.Runtime;

/// <summary>
/// Durable signals: a stimulus delivered to every waiting bookmark (and matching trigger) after the burst that
/// sends it commits. The signal is a scheduled work row written in that burst's transaction, so it is neither lost
/// by a crash nor delivered for a burst that rolled back; its id is the idempotency key, so a redelivery after a
/// crash resumes each instance at most once.
/// </summary>
public static class Signals
{
    /// <summary>A work item delivering <paramref name="stimulus"/> with <paramref name="input"/>, due at <paramref name="dueAtUtc"/>.</summary>
    public static ScheduledWork Create(Stimulus stimulus, string? correlationId, JsonObject? input, DateTime dueAtUtc)
    {
        ArgumentNullException.ThrowIfNull(stimulus);
        return new ScheduledWork
        {
            Kind = ScheduledWorkKind.Signal,
            DueAt = dueAtUtc,
            Payload = new JsonObject
            {
                ["activityType"] = stimulus.ActivityType,
                ["stimulus"] = stimulus.Payload.DeepClone(),
                ["correlationId"] = correlationId,
                ["input"] = input?.DeepClone(),
            },
        };
    }

    internal static (Stimulus Stimulus, string? CorrelationId, JsonObject? Input) Read(JsonObject payload)
    {
        var type = payload["activityType"]?.GetValue<string>() ?? throw new InvalidOperationException("A signal without an activity type.");
        var stimulus = new Stimulus(type, payload["stimulus"]?.DeepClone().AsObject() ?? []);
        return (stimulus, payload["correlationId"]?.GetValue<string>(), payload["input"]?.DeepClone().AsObject());
    }
}
