using CongVu.Engine.Activities.Primitives;
using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Runtime;

public sealed class IdempotencyKeyTests
{
    [Fact]
    public async Task TriggerAsync_StartTriggerTwiceWithSameKey_StartsOneInstance()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("order-trigger.json");

        var first = await engine.Runtime.TriggerAsync(Event.StimulusFor("order-placed"), null, null, idempotencyKey: "order-1");
        var second = await engine.Runtime.TriggerAsync(Event.StimulusFor("order-placed"), null, null, idempotencyKey: "order-1");
        var other = await engine.Runtime.TriggerAsync(Event.StimulusFor("order-placed"), null, null, idempotencyKey: "order-2");

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Single(other);
        Assert.Equal(2, (await engine.InstancesOfAsync("order-trigger")).Count);
    }

    [Fact]
    public async Task TriggerAsync_RepeatingEventRedeliveredWithSameKey_ActsOnce()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("loop-wait.json");
        var run = await engine.StartAsync("loop-wait");

        var first = await engine.Runtime.TriggerAsync(Event.StimulusFor("tick"), null, null, idempotencyKey: "tick-1");
        var again = await engine.Runtime.TriggerAsync(Event.StimulusFor("tick"), null, null, idempotencyKey: "tick-1");

        Assert.Single(first);
        Assert.Empty(again);
        Assert.Equal(1, await engine.VariableAsync(run.InstanceId, "Count"));
        Assert.Equal(WorkflowSubStatus.Suspended, (await engine.LoadAsync(run.InstanceId)).SubStatus);
        Assert.Single(await engine.Runtime.TriggerAsync(Event.StimulusFor("tick"), null, null, idempotencyKey: "tick-2"));
        Assert.Equal(2, await engine.VariableAsync(run.InstanceId, "Count"));
    }

    [Fact]
    public async Task ResumeAsync_SameKeyForTwoWaitsOfTheLoop_SecondIsIgnored()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("loop-wait.json");
        var run = await engine.StartAsync("loop-wait");

        var first = await engine.Runtime.ResumeAsync((await engine.SingleBookmarkAsync(run.InstanceId)).Id, idempotencyKey: "k");
        var second = await engine.Runtime.ResumeAsync((await engine.SingleBookmarkAsync(run.InstanceId)).Id, idempotencyKey: "k");

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(1, await engine.VariableAsync(run.InstanceId, "Count"));
        Assert.Single((await engine.LoadAsync(run.InstanceId)).Bookmarks);
    }

    [Fact]
    public async Task TriggerAsync_ConcurrentDeliveriesWithSameKey_ActOnce()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("loop-wait.json");
        await engine.PublishAsync("order-trigger.json");
        var run = await engine.StartAsync("loop-wait");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Task.WhenAll(
                engine.Runtime.TriggerAsync(Event.StimulusFor("tick"), null, null, idempotencyKey: "same"),
                engine.Runtime.TriggerAsync(Event.StimulusFor("order-placed"), null, null, idempotencyKey: "same")))));

        Assert.Equal(1, await engine.VariableAsync(run.InstanceId, "Count"));
        Assert.Single(await engine.InstancesOfAsync("order-trigger"));
    }
}
