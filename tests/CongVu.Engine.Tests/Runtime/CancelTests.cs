using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Runtime;

public sealed class CancelTests
{
    [Fact]
    public async Task CancelAsync_InstanceWaitingOnTimer_CancelsAndRemovesBookmarkAndTimer()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("../Scenarios/Timing/delay.json");
        var run = await engine.StartAsync("delay");
        Assert.NotNull(await engine.Store.GetNextDueAtAsync());

        var cancelled = await engine.Runtime.CancelAsync(run.InstanceId);

        Assert.Equal(WorkflowSubStatus.Cancelled, cancelled!.SubStatus);
        Assert.Equal(WorkflowStatus.Finished, (await engine.LoadAsync(run.InstanceId)).Status);
        Assert.Empty(await engine.Store.ListBookmarksAsync(run.InstanceId));
        Assert.Null(await engine.Store.GetNextDueAtAsync());
        engine.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await engine.RunTimersAsync());
        Assert.Equal(0, await engine.VariableAsync(run.InstanceId, "Fired"));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "wait", "Canceled"));
        Assert.Null(await engine.Runtime.CancelAsync(run.InstanceId));
    }
}
