using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace CongVu.Host.Tests.Api;

public sealed class EventTriggerTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task TriggerEvent_StartsPublishedWorkflowsTheEventCanStart()
    {
        using var client = host.CreateAdminClient();
        var trigger = Definitions.Activity("event1", "Elsa.Event", ("eventName", "Literal", "ho-so-moi"));
        trigger["customProperties"] = new JsonObject { ["canStartWorkflow"] = true };
        var model = Definitions.Model("on-new-file", "Khi có hồ sơ mới", [trigger, Definitions.Activity("end1", "Elsa.End")], ("event1", "Done", "end1"));
        await client.PostJsonAsync("/elsa/api/workflow-definitions", Definitions.SaveBody(model, publish: true));

        var triggered = await client.PostJsonAsync("/elsa/api/events/ho-so-moi/trigger", new JsonObject { ["correlationId"] = "HS-7", ["payload"] = new JsonObject { ["so"] = 7 } });

        var instanceId = Assert.Single(triggered["workflowInstanceIds"]!.AsArray())!.GetValue<string>();
        var instance = await client.GetJsonAsync($"/elsa/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", instance["subStatus"]!.GetValue<string>());
        Assert.Equal("HS-7", instance["correlationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task TriggerEvent_WithIdempotencyKey_ActsOnce()
    {
        using var client = host.CreateAdminClient();
        await client.PostJsonAsync("/elsa/api/workflow-definitions", Definitions.SaveBody(Definitions.WaitForEvent("once-only", "mot-lan"), publish: true));
        var first = (await client.PostJsonAsync("/elsa/api/workflow-definitions/once-only/execute", null))["workflowState"]!["id"]!.GetValue<string>();
        var second = (await client.PostJsonAsync("/elsa/api/workflow-definitions/once-only/execute", null))["workflowState"]!["id"]!.GetValue<string>();

        var body = new JsonObject { ["idempotencyKey"] = "k-1" };
        var resumed = await client.PostJsonAsync("/elsa/api/events/mot-lan/trigger", body);
        var repeated = await client.PostJsonAsync("/elsa/api/events/mot-lan/trigger", body.DeepClone());

        Assert.Equal(new[] { first, second }.Order(), resumed["workflowInstanceIds"]!.AsArray().Select(i => i!.GetValue<string>()).Order());
        Assert.Empty(repeated["workflowInstanceIds"]!.AsArray());
    }

    [Fact]
    public async Task SaveWithPublish_WhenLatestIsPublished_PublishesANewVersion()
    {
        using var client = host.CreateAdminClient();
        await client.PostJsonAsync("/elsa/api/workflow-definitions", Definitions.SaveBody(Definitions.Hello("republish", "Bản 1"), publish: true));
        using var response = await client.PostAsJsonAsync("/elsa/api/workflow-definitions", Definitions.SaveBody(Definitions.Hello("republish", "Bản 2"), publish: true));
        var saved = await response.ReadJsonAsync();
        Assert.Equal(2, saved["workflowDefinition"]!["version"]!.GetValue<int>());
        Assert.True(saved["workflowDefinition"]!["isPublished"]!.GetValue<bool>());
        var v1 = await client.GetJsonAsync("/elsa/api/workflow-definitions/by-definition-id/republish?versionOptions=1");
        Assert.False(v1["isPublished"]!.GetValue<bool>());
        Assert.False(v1["isLatest"]!.GetValue<bool>());
    }
}
