using CongVu.Engine.Activities.Primitives;
using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Looping;

public sealed class ParallelForEachTests
{
    [Fact]
    public async Task ExecuteAsync_ParallelForEachWithSetVariableBody_EachBranchSeesItsOwnItem()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("parallel-setvariable.json");

        var run = await engine.StartAsync("parallel-setvariable");

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        Assert.Equal("x;y;z;", await engine.VariableAsync(run.InstanceId, "Seen"));
        Assert.Null(await engine.VariableAsync(run.InstanceId, "Item"));
        Assert.Equal(3, await engine.JournalCountAsync(run.InstanceId, "append", "Completed"));
    }

    [Fact]
    public async Task ResumeAsync_ParallelBranchesWaitingWithFlowchartBody_KeepPerBranchItemAcrossSuspension()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("parallel-flowchart.json");
        var run = await engine.StartAsync("parallel-flowchart");
        Assert.Equal(WorkflowSubStatus.Suspended, run.SubStatus);
        Assert.Equal(2, (await engine.LoadAsync(run.InstanceId)).Bookmarks.Count);

        Assert.Single(await engine.Runtime.TriggerAsync(Event.StimulusFor("duyet-hue"), null, null));
        Assert.Equal("hue;", await engine.VariableAsync(run.InstanceId, "Approved"));
        Assert.Equal(WorkflowSubStatus.Suspended, (await engine.LoadAsync(run.InstanceId)).SubStatus);

        var last = Assert.Single(await engine.Runtime.TriggerAsync(Event.StimulusFor("duyet-hanoi"), null, null));
        Assert.Equal(WorkflowSubStatus.Finished, last.SubStatus);
        Assert.Equal("hue;hanoi;", await engine.VariableAsync(run.InstanceId, "Approved"));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "end", "Completed"));
    }
}
