using System.Text.Json.Nodes;

namespace CongVu.Host.Tests.Api;

/// <summary>Builds Elsa 3 definition models for tests.</summary>
internal static class Definitions
{
    public static JsonObject Model(string? definitionId, string name, JsonObject[] activities, params (string From, string Port, string To)[] connections) => new()
    {
        ["definitionId"] = definitionId,
        ["name"] = name,
        ["root"] = new JsonObject
        {
            ["type"] = "Elsa.Flowchart",
            ["id"] = "flow1",
            ["activities"] = new JsonArray(activities.Select(a => (JsonNode)a).ToArray()),
            ["connections"] = new JsonArray(connections.Select(c => (JsonNode)new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = c.From, ["port"] = c.Port },
                ["target"] = new JsonObject { ["activity"] = c.To, ["port"] = "In" },
            }).ToArray()),
        },
    };

    public static JsonObject Activity(string id, string type, params (string Input, string Syntax, string Value)[] inputs)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["name"] = id };
        foreach (var (input, syntax, value) in inputs)
            activity[input] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value } };
        return activity;
    }

    /// <summary>Start → WriteLine → End.</summary>
    public static JsonObject Hello(string? definitionId, string name = "Chào hỏi") => Model(definitionId, name,
        [Activity("start1", "Elsa.Start"), Activity("write1", "Elsa.WriteLine", ("text", "Handlebars", "Xin chào {{input.name}}")), Activity("end1", "Elsa.End")],
        ("start1", "Done", "write1"), ("write1", "Done", "end1"));

    /// <summary>Start → Event(eventName) → End.</summary>
    public static JsonObject WaitForEvent(string definitionId, string eventName) => Model(definitionId, "Chờ sự kiện",
        [Activity("start1", "Elsa.Start"), Activity("event1", "Elsa.Event", ("eventName", "Literal", eventName)), Activity("end1", "Elsa.End")],
        ("start1", "Done", "event1"), ("event1", "Done", "end1"));

    public static JsonObject SaveBody(JsonObject model, bool publish) => new() { ["model"] = model, ["publish"] = publish };
}
