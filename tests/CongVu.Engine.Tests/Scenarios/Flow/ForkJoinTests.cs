using CongVu.Engine.Activities.Primitives;
using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Flow;

public sealed class ForkJoinTests
{
    [Fact]
    public async Task ExecuteAsync_ForkJoinWaitAll_ContinuesAfterBothBranches()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("fork-join-all.json");
        var run = await engine.StartAsync("fork-join-all");
        Assert.Equal(WorkflowSubStatus.Suspended, run.SubStatus);
        Assert.Equal(2, (await engine.LoadAsync(run.InstanceId)).Bookmarks.Count);

        var first = Assert.Single(await engine.Runtime.TriggerAsync(Event.StimulusFor("left-all"), null, null));
        Assert.Equal(WorkflowSubStatus.Suspended, first.SubStatus);
        Assert.Equal(0, await engine.VariableAsync(run.InstanceId, "Joined"));

        var second = Assert.Single(await engine.Runtime.TriggerAsync(Event.StimulusFor("right-all"), null, null));
        Assert.Equal(WorkflowSubStatus.Finished, second.SubStatus);
        Assert.Equal(1, await engine.VariableAsync(run.InstanceId, "Joined"));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "join", "Completed"));
    }

    [Fact]
    public async Task ExecuteAsync_ForkJoinWaitAny_ContinuesOnFirstBranchAndCancelsTheOther()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("fork-join-any.json");
        var run = await engine.StartAsync("fork-join-any");

        var resumed = Assert.Single(await engine.Runtime.TriggerAsync(Event.StimulusFor("right-any"), null, null));

        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
        Assert.Equal(1, await engine.VariableAsync(run.InstanceId, "Joined"));
        Assert.Empty(await engine.Store.ListBookmarksAsync(run.InstanceId));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "left", "Canceled"));
        Assert.Empty(await engine.Runtime.TriggerAsync(Event.StimulusFor("left-any"), null, null));
        Assert.Equal(1, await engine.VariableAsync(run.InstanceId, "Joined"));
    }

    [Fact]
    public async Task ExecuteAsync_WaitAnyJoinInsideLoop_FiresOncePerRound()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("join-any-loop.json");
        var run = await engine.StartAsync("join-any-loop");

        Assert.Single(await engine.Runtime.TriggerAsync(Event.StimulusFor("approve"), null, null));
        Assert.Equal(1, await engine.VariableAsync(run.InstanceId, "Rounds"));
        Assert.Equal(2, (await engine.LoadAsync(run.InstanceId)).Bookmarks.Count);

        var last = Assert.Single(await engine.Runtime.TriggerAsync(Event.StimulusFor("reject"), null, null));
        Assert.Equal(WorkflowSubStatus.Finished, last.SubStatus);
        Assert.Equal(2, await engine.VariableAsync(run.InstanceId, "Rounds"));
        Assert.Equal(2, await engine.JournalCountAsync(run.InstanceId, "join", "Completed"));
    }
}
