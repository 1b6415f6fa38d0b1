using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Flow;

public sealed class EndTests
{
    [Fact]
    public async Task ExecuteAsync_EndOnOneBranch_CompletesFlowchartAndCancelsWaitingBranch()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("end-completes.json");

        var run = await engine.StartAsync("end-completes");

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        Assert.Empty((await engine.LoadAsync(run.InstanceId)).Bookmarks);
        Assert.Empty(await engine.Store.ListBookmarksAsync(run.InstanceId));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "wait", "Canceled"));
    }
}
