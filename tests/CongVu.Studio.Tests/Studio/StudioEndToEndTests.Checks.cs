using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit;

namespace CongVu.Studio.Tests.Studio;

public sealed partial class StudioEndToEndTests
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The published version, read back with the API key, holds exactly what was done in the designer.</summary>
    private async Task AssertPublishedAsIsDesignedAsync(string definitionId)
    {
        var saved = await _site.Api.PublishedDefinitionAsync(definitionId);
        Assert.Equal(definitionId, Text(saved, "definitionId"));
        Assert.Equal(WorkflowName, Text(saved, "name"));
        Assert.True(saved["isPublished"]?.GetValue<bool>(), "the definition is not marked published");
        var root = saved["root"] as JsonObject ?? throw new InvalidOperationException("no root: " + saved);
        Assert.Equal("Elsa.Flowchart", Text(root, "type"));

        var activities = (root["activities"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        Assert.Equal(["Elsa.End", "Elsa.Start", "Elsa.WriteLine"], activities.Select(a => Text(a, "type")).Order(StringComparer.Ordinal));
        string Id(string type) => Text(activities.Single(a => Text(a, "type") == type), "id");
        var (start, writeLine, end) = (Id("Elsa.Start"), Id("Elsa.WriteLine"), Id("Elsa.End"));

        var connections = (root["connections"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(c => $"{c["source"]?["activity"]}.{c["source"]?["port"]} -> {c["target"]?["activity"]}.{c["target"]?["port"]}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(new[] { $"{start}.Done -> {writeLine}.In", $"{writeLine}.Done -> {end}.In" }.Order(StringComparer.Ordinal), connections);

        var expression = activities.Single(a => Text(a, "type") == "Elsa.WriteLine")["text"]?["expression"] as JsonObject
            ?? throw new InvalidOperationException("Write Line has no text expression: " + root);
        Assert.Equal("Literal", Text(expression, "type"));
        Assert.Equal(Greeting, Text(expression, "value"));
        Log($"published definition {definitionId} v{saved["version"]} matches the design");
    }

    /// <summary>A save of the definition (autosave or publish) whose body, unescaped, contains <paramref name="marker"/>.</summary>
    private static bool IsSaveWith(IRequest request, string marker)
    {
        if (request.Method != "POST" || !request.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal) || request.PostData is not { } body)
            return false;
        try { return JsonNode.Parse(body)?.ToJsonString(Unescaped).Contains(marker, StringComparison.Ordinal) == true; }
        catch (JsonException) { return false; }
    }

    private static string Text(JsonNode node, string property) =>
        node[property]?.GetValue<string>() ?? throw new InvalidOperationException($"no {property} in {node}");

    private void Log(string message) => output.WriteLine($"{_clock.Elapsed.TotalSeconds,6:0.0}s  {message}");
}
