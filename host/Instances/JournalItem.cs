using System.Text.Json.Nodes;
using CongVu.Engine.Persistence;
using CongVu.Host.Api;

namespace CongVu.Host.Instances;

/// <summary>One journal line in Elsa's WorkflowExecutionLogRecord shape.</summary>
public sealed record JournalItem(
    string Id,
    string ActivityInstanceId,
    string? ParentActivityInstanceId,
    string ActivityId,
    string ActivityType,
    int ActivityTypeVersion,
    string ActivityName,
    string NodeId,
    DateTimeOffset Timestamp,
    long Sequence,
    string EventName,
    string? Message,
    string? Source,
    JsonNode? ActivityState,
    JsonNode? Payload)
{
    /// <summary>Maps lines in sequence order; a line's parent is the latest execution of the enclosing node seen so far.</summary>
    public static List<JournalItem> FromJournal(IEnumerable<JournalRecord> journal, IReadOnlyDictionary<string, string> namesByNodeId)
    {
        var latestByNode = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = new List<JournalItem>();
        foreach (var line in journal.OrderBy(j => j.Sequence))
        {
            latestByNode[line.ActivityNodeId] = line.ActivityContextId;
            var cut = line.ActivityNodeId.LastIndexOf(':');
            var parent = cut > 0 ? latestByNode.GetValueOrDefault(line.ActivityNodeId[..cut]) : null;
            items.Add(new JournalItem(
                line.Id, line.ActivityContextId, parent, line.ActivityId, line.ActivityType, 1,
                namesByNodeId.GetValueOrDefault(line.ActivityNodeId, line.ActivityId), line.ActivityNodeId,
                ApiValues.Utc(line.Timestamp), line.Sequence, line.EventName, line.Message, Source: null,
                ActivityState: null, line.Payload is null ? null : JsonNode.Parse(line.Payload)));
        }
        return items;
    }
}
