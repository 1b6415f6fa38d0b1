using System.Text.Json;
using System.Text.Json.Nodes;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Host.Api;

namespace CongVu.Host.Descriptors;

/// <summary>Rebuilds Elsa's activity execution records from an instance's journal: one record per activity execution context.</summary>
public static class ActivityExecutionJournal
{
    /// <summary>Every execution of the instance in the order they started; empty for an unknown instance.</summary>
    public static async Task<List<ActivityExecutionRecordModel>> LoadAsync(IWorkflowStore store, string instanceId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var journal = await store.ListJournalAsync(instanceId, 0, int.MaxValue, ct);
        if (journal.Items.Count == 0) return [];
        var names = await ActivityNamesAsync(store, instanceId, ct);
        return journal.Items
            .OrderBy(j => j.Sequence)
            .GroupBy(j => j.ActivityContextId, StringComparer.Ordinal)
            .Select(g => Build(instanceId, [.. g], names))
            .ToList();
    }

    /// <summary>Folds the journal lines of one execution context into its current state.</summary>
    public static ActivityExecutionRecordModel Build(string instanceId, IReadOnlyList<JournalRecord> lines, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(names);
        var first = lines[0];
        var status = ElsaActivityStatus.Running;
        var hasBookmarks = false;
        var faults = 0;
        DateTimeOffset? completedAt = null;
        JsonObject? payload = null;
        ExceptionState? exception = null;
        foreach (var line in lines)
        {
            switch (line.EventName)
            {
                case "Started" or "Resumed":
                    (status, hasBookmarks, completedAt, exception) = (ElsaActivityStatus.Running, false, null, null);
                    break;
                case "Suspended":
                    (status, hasBookmarks) = (ElsaActivityStatus.Running, true);
                    break;
                case "Completed":
                    (status, hasBookmarks, completedAt) = (ElsaActivityStatus.Completed, false, ApiValues.Utc(line.Timestamp));
                    payload = Parse(line.Payload);
                    break;
                case "Canceled":
                    (status, hasBookmarks, completedAt) = (ElsaActivityStatus.Canceled, false, ApiValues.Utc(line.Timestamp));
                    break;
                case "Faulted":
                    (status, hasBookmarks) = (ElsaActivityStatus.Faulted, false);
                    exception = new ExceptionState(Parse(line.Payload)?["exception"]?.GetValue<string>() ?? "Exception", line.Message ?? "", null, null);
                    faults++;
                    break;
            }
        }
        return new ActivityExecutionRecordModel(
            first.ActivityContextId, instanceId, first.ActivityId, first.ActivityNodeId, first.ActivityType, ActivityTypeVersion: 1,
            names.GetValueOrDefault(first.ActivityNodeId, first.ActivityId), ActivityState: null, payload, Outputs: null,
            Properties: [], Metadata: [], exception, ApiValues.Utc(first.Timestamp), hasBookmarks, status, faults, completedAt);
    }

    private static JsonObject? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try { return JsonNode.Parse(json) as JsonObject; }
        catch (JsonException) { return null; }
    }

    /// <summary>Activity names by node id, from the definition version the instance runs.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> ActivityNamesAsync(IWorkflowStore store, string instanceId, CancellationToken ct) =>
        await store.FindInstanceSummaryAsync(instanceId, ct) is { } instance
            ? await Instances.ActivityNames.ForVersionAsync(store, instance.DefinitionVersionId, ct)
            : new Dictionary<string, string>();
}
