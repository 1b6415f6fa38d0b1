using System.Text.Json.Nodes;

namespace CongVu.Studio.Tests.Studio;

/// <summary>
/// What a shipped definition file (<c>workflows/&lt;id&gt;.json</c>) says the designer must show: the flowchart's
/// activities with the label of each node, its connections, and the flowcharts nested in container activities.
/// </summary>
internal sealed record ShippedDefinition(string DefinitionId, string Name, Flowchart Root)
{
    public static ShippedDefinition Read(string folder, string definitionId)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, definitionId + ".json"))) as JsonObject
            ?? throw new InvalidDataException($"{definitionId}.json is not a JSON object.");
        var root = json["root"] as JsonObject ?? throw new InvalidDataException($"{definitionId}.json has no root.");
        return new ShippedDefinition(definitionId, Text(json["name"]) ?? definitionId, Flowchart.Read(root));
    }

    internal static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}

/// <summary>A flowchart: its activities and its connections as <c>source.port -> target.port</c>, sorted.</summary>
internal sealed record Flowchart(IReadOnlyList<ShippedActivity> Activities, IReadOnlyList<string> Connections)
{
    public IReadOnlyList<string> Ids => Activities.Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

    public static Flowchart Read(JsonObject flowchart) => new(
        (flowchart["activities"] as JsonArray ?? []).OfType<JsonObject>().Select(ShippedActivity.Read).ToList(),
        ConnectionsOf(flowchart));

    public static IReadOnlyList<string> ConnectionsOf(JsonObject flowchart) =>
        (flowchart["connections"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(c => $"{c["source"]?["activity"]}.{c["source"]?["port"]} -> {c["target"]?["activity"]}.{c["target"]?["port"]}")
            .Order(StringComparer.Ordinal).ToList();
}

/// <summary>
/// One activity: the label its node shows (display text, else name), the single activity embedded in its body
/// (a For Each's Dispatch Workflow) and the flowcharts nested in it by port name (e.g. <c>Body</c>).
/// </summary>
internal sealed record ShippedActivity(string Id, string Type, string? Label, string? EmbeddedLabel, IReadOnlyDictionary<string, Flowchart> Nested)
{
    public static ShippedActivity Read(JsonObject activity)
    {
        string? embedded = null;
        var nested = new Dictionary<string, Flowchart>(StringComparer.Ordinal);
        foreach (var (property, value) in activity)
        {
            if (value is not JsonObject child || ShippedDefinition.Text(child["type"]) is not { } type || child["id"] is null) continue;
            var port = char.ToUpperInvariant(property[0]) + property[1..];
            if (type == "Elsa.Flowchart") nested[port] = Flowchart.Read(child);
            else embedded = LabelOf(child);
        }
        return new ShippedActivity(ShippedDefinition.Text(activity["id"])!, ShippedDefinition.Text(activity["type"])!, LabelOf(activity), embedded, nested);
    }

    private static string? LabelOf(JsonObject activity) =>
        ShippedDefinition.Text(activity["metadata"]?["displayText"]) is { Length: > 0 } text ? text : ShippedDefinition.Text(activity["name"]);
}
