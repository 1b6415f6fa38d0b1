using System.Text.Json.Nodes;

namespace CongVu.Bench;

/// <summary>The Elsa 3 flowcharts the scenarios run: Start → (one waiting activity) → End.</summary>
internal static class Workflows
{
    public const string ApproveId = "bench-approve";
    public const string DeadlineId = "bench-deadline";
    public const string ApproveEvent = "approve";

    /// <summary>Start → Event("approve") → End: every instance waits on one event bookmark.</summary>
    public static JsonObject Approve() => Linear(ApproveId, "Bench: chờ duyệt", new JsonObject
    {
        ["id"] = "wait1",
        ["type"] = "Elsa.Event",
        ["eventName"] = Literal("String", ApproveEvent),
    });

    /// <summary>Start → Deadline("30 days") → End: every instance waits on one durable timer.</summary>
    public static JsonObject Deadline() => Linear(DeadlineId, "Bench: hạn chót 30 ngày", new JsonObject
    {
        ["id"] = "wait1",
        ["type"] = "CongVu.Deadline",
        ["due"] = Literal("String", "30 days"),
    });

    private static JsonObject Linear(string definitionId, string name, JsonObject wait) => new()
    {
        ["definitionId"] = definitionId,
        ["name"] = name,
        ["root"] = new JsonObject
        {
            ["type"] = "Elsa.Flowchart",
            ["id"] = "flow1",
            ["activities"] = new JsonArray(
                new JsonObject { ["id"] = "start1", ["type"] = "Elsa.Start" },
                wait,
                new JsonObject { ["id"] = "end1", ["type"] = "Elsa.End" }),
            ["connections"] = new JsonArray(Connect("start1", "wait1"), Connect("wait1", "end1")),
        },
    };

    private static JsonObject Literal(string typeName, string value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value },
    };

    private static JsonObject Connect(string from, string to) => new()
    {
        ["source"] = new JsonObject { ["activity"] = from, ["port"] = "Done" },
        ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" },
    };
}
