using CongVu.Engine.Activities.Primitives;
using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Looping;

public sealed class ForEachTests
{
    [Fact]
    public async Task ExecuteAsync_ForEachWithFlowchartBody_RunsBodyOncePerItemInOrder()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("foreach-flowchart.json");

        var run = await engine.StartAsync("foreach-flowchart");

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        Assert.Equal(6, await engine.VariableAsync(run.InstanceId, "Sum"));
        var logs = (await engine.JournalAsync(run.InstanceId)).Where(j => j.EventName == "Log").Select(j => j.Message);
        Assert.Equal(["item 1, sum 1", "item 2, sum 3", "item 3, sum 6"], logs);
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "end", "Completed"));
    }

    [Fact]
    public async Task ExecuteAsync_ForEachWithSetVariableBody_SeesEachCurrentValue()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("foreach-setvariable.json");

        var run = await engine.StartAsync("foreach-setvariable");

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        Assert.Equal("a;b;c;", await engine.VariableAsync(run.InstanceId, "Text"));
        Assert.Equal("c", await engine.VariableAsync(run.InstanceId, "Item"));
    }

    [Fact]
    public async Task ResumeAsync_ForEachBodyWaiting_ContinuesWithNextItemAfterEachResume()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("foreach-wait.json");
        var run = await engine.StartAsync("foreach-wait");

        Assert.Equal("QD-01", await engine.VariableAsync(run.InstanceId, "Item"));
        Assert.Equal(WorkflowSubStatus.Suspended, Assert.Single(await engine.Runtime.TriggerAsync(Event.StimulusFor("ky"), null, null)).SubStatus);
        Assert.Equal("QD-01;", await engine.VariableAsync(run.InstanceId, "Signed"));
        Assert.Equal("QD-02", await engine.VariableAsync(run.InstanceId, "Item"));

        Assert.Equal(WorkflowSubStatus.Finished, Assert.Single(await engine.Runtime.TriggerAsync(Event.StimulusFor("ky"), null, null)).SubStatus);
        Assert.Equal("QD-01;QD-02;", await engine.VariableAsync(run.InstanceId, "Signed"));
    }
}
