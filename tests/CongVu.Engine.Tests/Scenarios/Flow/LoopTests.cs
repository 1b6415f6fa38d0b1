using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Flow;

public sealed class LoopTests
{
    [Fact]
    public async Task ExecuteAsync_DecisionLoopingBackByConnection_CountsToThree()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("loop.json");

        var run = await engine.StartAsync("loop");

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        Assert.Equal(3, await engine.VariableAsync(run.InstanceId, "Count"));
        Assert.Equal(3, await engine.JournalCountAsync(run.InstanceId, "increment", "Completed"));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "end", "Completed"));
    }
}
