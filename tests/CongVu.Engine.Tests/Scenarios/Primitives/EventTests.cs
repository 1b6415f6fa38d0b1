using System.Text.Json.Nodes;
using CongVu.Engine.Activities.Primitives;
using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Primitives;

public sealed class EventTests
{
    [Fact]
    public async Task TriggerAsync_EventWithCorrelationId_ResumesOnlyTheMatchingInstanceWithPayload()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("event-wait.json");
        var first = await engine.StartAsync("event-wait", correlationId: "HS-001");
        var second = await engine.StartAsync("event-wait", correlationId: "HS-002");
        var bookmark = await engine.SingleBookmarkAsync(first.InstanceId);
        Assert.Equal(Event.StimulusFor("ho-so-duyet").Hash, bookmark.Hash);

        var resumed = await engine.Runtime.TriggerAsync(Event.StimulusFor("ho-so-duyet"), "HS-001", Payload(new JsonObject { ["nguoiDuyet"] = "Lan" }));

        Assert.Equal(first.InstanceId, Assert.Single(resumed).InstanceId);
        Assert.Equal(WorkflowSubStatus.Finished, (await engine.LoadAsync(first.InstanceId)).SubStatus);
        Assert.Equal(WorkflowSubStatus.Suspended, (await engine.LoadAsync(second.InstanceId)).SubStatus);
        var payload = Assert.IsType<System.Dynamic.ExpandoObject>(await engine.VariableAsync(first.InstanceId, "Payload"));
        Assert.Equal("Lan", ((IDictionary<string, object?>)payload)["nguoiDuyet"]);
    }

    [Fact]
    public async Task TriggerAsync_EventWithoutCorrelationId_ResumesEveryWaitingInstance()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("event-wait.json");
        await engine.StartAsync("event-wait", correlationId: "HS-001");
        await engine.StartAsync("event-wait", correlationId: "HS-002");

        var resumed = await engine.Runtime.TriggerAsync(Event.StimulusFor("ho-so-duyet"), null, null);

        Assert.Equal(2, resumed.Count);
        Assert.All(resumed, r => Assert.Equal(WorkflowSubStatus.Finished, r.SubStatus));
        Assert.Empty(await engine.Runtime.TriggerAsync(Event.StimulusFor("ho-so-duyet"), null, null));
    }

    [Fact]
    public async Task TriggerAsync_EventAsStartTrigger_StartsNewInstanceWithPayload()
    {
        await using var engine = await EngineFixture.StartAsync();
        var published = await engine.PublishAsync("event-trigger.json");
        var trigger = Assert.Single(await engine.Store.FindTriggersAsync(Event.TypeName, Event.StimulusFor("don-moi").Hash));
        Assert.Equal(published.Record.Id, trigger.DefinitionVersionId);

        var started = Assert.Single(await engine.Runtime.TriggerAsync(Event.StimulusFor("don-moi"), "DON-7", Payload(new JsonObject { ["soDon"] = 7 })));

        Assert.Equal(WorkflowSubStatus.Finished, started.SubStatus);
        var instance = Assert.Single(await engine.InstancesOfAsync("event-trigger"));
        Assert.Equal("DON-7", instance.CorrelationId);
        Assert.Equal("Đơn số 7", Assert.Single(await engine.JournalAsync(started.InstanceId), j => j.EventName == "Log").Message);
        Assert.Empty(await engine.Runtime.TriggerAsync(Event.StimulusFor("other-event"), null, null));
    }

    /// <summary>The input shape the events endpoint delivers: the event's data under "payload".</summary>
    private static JsonObject Payload(JsonObject data) => new() { ["payload"] = data };
}
