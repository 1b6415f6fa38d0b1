using System.Text.Json.Nodes;
using CongVu.Engine.Activities.Primitives;
using CongVu.Engine.Execution;
using CongVu.Engine.Runtime;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Primitives;

public sealed class PublishEventTests
{
    [Fact]
    public async Task PublishEvent_ResumesTheCorrelatedWaiter_OnlyAfterThePublisherCommits()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("event-wait.json");
        await engine.PublishAsync("event-publish.json");
        var target = await engine.StartAsync("event-wait", correlationId: "HS-001");
        var other = await engine.StartAsync("event-wait", correlationId: "HS-002");

        var publisher = await engine.StartAsync("event-publish", new JsonObject { ["target"] = "HS-001" });

        Assert.Equal(WorkflowSubStatus.Finished, publisher.SubStatus);
        // Delivery is a durable work item, not a call made while the publisher's transaction is open.
        Assert.Equal(WorkflowSubStatus.Suspended, (await engine.LoadAsync(target.InstanceId)).SubStatus);
        Assert.Equal(1, await engine.RunTimersAsync());
        Assert.Equal(WorkflowSubStatus.Finished, (await engine.LoadAsync(target.InstanceId)).SubStatus);
        Assert.Equal(WorkflowSubStatus.Suspended, (await engine.LoadAsync(other.InstanceId)).SubStatus);
        var payload = Assert.IsType<System.Dynamic.ExpandoObject>(await engine.VariableAsync(target.InstanceId, "Payload"));
        Assert.Equal("Lan", ((IDictionary<string, object?>)payload)["nguoiDuyet"]);
        Assert.Equal(0, await engine.RunTimersAsync());
    }

    [Fact]
    public async Task Signal_DeliveredTwice_ResumesEachInstanceOnce()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("event-wait.json");
        var waiting = await engine.StartAsync("event-wait", correlationId: "HS-001");
        var signal = Signals.Create(Event.StimulusFor("ho-so-duyet"), "HS-001", new JsonObject { ["payload"] = 1 }, engine.Clock.UtcNow.UtcDateTime);
        var key = $"signal:{signal.Id}";

        // A crash after the delivery but before the work row was deleted delivers the same signal again.
        Assert.Single(await engine.Runtime.TriggerAsync(Event.StimulusFor("ho-so-duyet"), "HS-001", signal.Payload!["input"]!.AsObject(), key));
        Assert.Empty(await engine.Runtime.TriggerAsync(Event.StimulusFor("ho-so-duyet"), "HS-001", signal.Payload!["input"]!.AsObject(), key));
        Assert.Equal(1, await engine.JournalCountAsync(waiting.InstanceId, "end", "Completed"));
    }
}
