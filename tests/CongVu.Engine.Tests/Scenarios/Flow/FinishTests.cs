using CongVu.Engine.Activities.Primitives;
using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Flow;

public sealed class FinishTests
{
    [Fact]
    public async Task ExecuteAsync_FinishOnOneBranch_FinishesWorkflowAndRemovesWaitingBookmark()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("finish.json");

        var run = await engine.StartAsync("finish");

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        var stored = await engine.LoadAsync(run.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, stored.Status);
        Assert.Empty(stored.Bookmarks);
        Assert.Empty(stored.Queue);
        Assert.Empty(await engine.Store.ListBookmarksAsync(run.InstanceId));
        Assert.Empty(await engine.Runtime.TriggerAsync(Event.StimulusFor("never-comes"), null, null));
        Assert.Equal(0, await engine.JournalCountAsync(run.InstanceId, "delay", "Started"));
    }
}
