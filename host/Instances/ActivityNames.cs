using System.Text.Json.Nodes;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;

namespace CongVu.Host.Instances;

/// <summary>The designer names of a definition version's activities, by node id (journal and execution views show them).</summary>
public static class ActivityNames
{
    public static async Task<IReadOnlyDictionary<string, string>> ForVersionAsync(IWorkflowStore store, string versionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (await store.FindDefinitionVersionAsync(versionId, ct) is { } record) Collect(DefinitionService.ToModel(record)["root"], names);
        return names;
    }

    private static void Collect(JsonNode? node, Dictionary<string, string> names)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["nodeId"] is JsonValue nodeId && nodeId.TryGetValue<string>(out var id) && o["name"] is JsonValue name && name.TryGetValue<string>(out var text))
                    names[id] = text;
                foreach (var (_, child) in o) Collect(child, names);
                break;
            case JsonArray a:
                foreach (var child in a) Collect(child, names);
                break;
        }
    }
}
