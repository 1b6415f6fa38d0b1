using System.Text.Json.Nodes;
using CongVu.Host.Tests.Api;
using Xunit;
using Defs = CongVu.Host.Tests.Api.Definitions;

namespace CongVu.Host.Tests.Descriptors;

public sealed class ActivityExecutionsApiTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const string Api = "/elsa/api";

    private async Task<string> ExecuteAsync(HttpClient client, JsonObject model)
    {
        var definitionId = model["definitionId"]!.GetValue<string>();
        await client.PostJsonAsync($"{Api}/workflow-definitions", Defs.SaveBody(model, publish: true));
        using var executed = await client.PostAsync($"{Api}/workflow-definitions/{definitionId}/execute", null);
        Assert.True(executed.IsSuccessStatusCode, await executed.Content.ReadAsStringAsync());
        return Assert.Single(executed.Headers.GetValues("x-elsa-workflow-instance-id"));
    }

    private static async Task<Dictionary<string, JsonNode>> ListAsync(HttpClient client, string path, string instanceId)
    {
        var json = await client.GetJsonAsync($"{Api}/{path}?workflowInstanceId={instanceId}");
        var items = json["items"]!.AsArray();
        Assert.Equal(items.Count, json["count"]!.GetValue<int>());
        return items.ToDictionary(i => i!["activityId"]!.GetValue<string>(), i => i!);
    }

    [Fact]
    public async Task Executions_FollowTheJournal_FromSuspendedToCompleted()
    {
        using var client = host.CreateAdminClient();
        var instanceId = await ExecuteAsync(client, Defs.WaitForEvent("exec-records", "ky-xong"));

        var waiting = await ListAsync(client, "activity-executions/list", instanceId);
        Assert.Equal("Completed", waiting["start1"]["status"]!.GetValue<string>());
        Assert.Equal("Done", waiting["start1"]["payload"]!["outcomes"]![0]!.GetValue<string>());
        Assert.NotNull(waiting["start1"]["completedAt"]);
        var ev = waiting["event1"];
        Assert.Equal("Running", ev["status"]!.GetValue<string>());
        Assert.True(ev["hasBookmarks"]!.GetValue<bool>());
        Assert.Null(ev["completedAt"]);
        Assert.Equal("Elsa.Event", ev["activityType"]!.GetValue<string>());
        Assert.Equal(1, ev["activityTypeVersion"]!.GetValue<int>());
        Assert.Equal("event1", ev["activityName"]!.GetValue<string>());
        Assert.Equal(instanceId, ev["workflowInstanceId"]!.GetValue<string>());
        Assert.EndsWith(":event1", ev["activityNodeId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(waiting.ContainsKey("end1"));

        var nodeId = ev["activityNodeId"]!.GetValue<string>();
        var report = await client.PostJsonAsync($"{Api}/activity-executions/report", new JsonObject
        {
            ["workflowInstanceId"] = instanceId,
            ["activityNodeIds"] = new JsonArray(nodeId, waiting["start1"]["activityNodeId"]!.GetValue<string>(), "never:ran"),
        });
        var stats = report["stats"]!.AsArray().ToDictionary(s => s!["activityNodeId"]!.GetValue<string>(), s => s!);
        Assert.Equal(2, stats.Count);
        Assert.Equal("event1", stats[nodeId]["activityId"]!.GetValue<string>());
        Assert.Equal(1, stats[nodeId]["startedCount"]!.GetValue<long>());
        Assert.Equal(0, stats[nodeId]["completedCount"]!.GetValue<long>());
        Assert.Equal(1, stats[nodeId]["uncompletedCount"]!.GetValue<long>());
        Assert.True(stats[nodeId]["isBlocked"]!.GetValue<bool>());
        Assert.False(stats[nodeId]["isFaulted"]!.GetValue<bool>());

        await client.PostJsonAsync($"{Api}/events/ky-xong/trigger", new JsonObject());
        var done = await ListAsync(client, "activity-executions/list", instanceId);
        Assert.All(done.Values, r => Assert.Equal("Completed", r["status"]!.GetValue<string>()));
        Assert.False(done["event1"]["hasBookmarks"]!.GetValue<bool>());
        Assert.Contains("end1", done.Keys);

        var byNode = await client.GetJsonAsync($"{Api}/activity-executions/list?workflowInstanceId={instanceId}&activityNodeId={Uri.EscapeDataString(nodeId)}");
        Assert.Equal("event1", Assert.Single(byNode["items"]!.AsArray())!["activityId"]!.GetValue<string>());

        var summaries = await ListAsync(client, "activity-execution-summaries/list", instanceId);
        Assert.Equal(done.Keys.Order(), summaries.Keys.Order());
        Assert.Null(summaries["start1"]["payload"]);
        Assert.Equal(done["start1"]["id"]!.GetValue<string>(), summaries["start1"]["id"]!.GetValue<string>());
        Assert.Equal("Completed", summaries["end1"]["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task FaultedActivity_IsReportedWithItsException()
    {
        using var client = host.CreateAdminClient();
        var model = Defs.Model("exec-fault", "Lỗi",
            [Defs.Activity("start1", "Elsa.Start"), Defs.Activity("decide1", "Elsa.FlowDecision", ("condition", "CSharp", "int.Parse(\"x\") > 0")), Defs.Activity("end1", "Elsa.End")],
            ("start1", "Done", "decide1"), ("decide1", "True", "end1"));
        var instanceId = await ExecuteAsync(client, model);

        var records = await ListAsync(client, "activity-executions/list", instanceId);
        var decide = records["decide1"];
        Assert.Equal("Faulted", decide["status"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(decide["exception"]!["message"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(decide["exception"]!["type"]!.GetValue<string>()));
        Assert.Equal(1, decide["aggregateFaultCount"]!.GetValue<int>());

        var report = await client.PostJsonAsync($"{Api}/activity-executions/report", new JsonObject
        {
            ["workflowInstanceId"] = instanceId,
            ["activityIds"] = new JsonArray("decide1"),
        });
        var stat = Assert.Single(report["stats"]!.AsArray())!;
        Assert.True(stat["isFaulted"]!.GetValue<bool>());
        Assert.Equal(1, stat["uncompletedCount"]!.GetValue<long>());
    }

    [Fact]
    public async Task UnknownInstance_GivesEmptyLists()
    {
        using var client = host.CreateAdminClient();
        var list = await client.GetJsonAsync($"{Api}/activity-executions/list?workflowInstanceId=missing");
        Assert.Empty(list["items"]!.AsArray());
        Assert.Equal(0, list["count"]!.GetValue<int>());
        var report = await client.PostJsonAsync($"{Api}/activity-executions/report", new JsonObject { ["workflowInstanceId"] = "missing", ["activityNodeIds"] = new JsonArray("a") });
        Assert.Empty(report["stats"]!.AsArray());
    }
}
