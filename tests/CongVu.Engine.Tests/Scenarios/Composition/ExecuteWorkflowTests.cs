using System.Dynamic;
using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Composition;

public sealed class ExecuteWorkflowTests
{
    [Fact]
    public async Task RunTimersAsync_ExecuteWorkflow_ParentWaitsAndReceivesChildOutput()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("child.json");
        await engine.PublishAsync("parent-execute.json");

        var parent = await engine.StartAsync("parent-execute");
        Assert.Equal(WorkflowSubStatus.Suspended, parent.SubStatus);
        Assert.Empty(await engine.InstancesOfAsync("child"));

        Assert.Equal(2, await engine.RunTimersAsync());

        var child = Assert.Single(await engine.InstancesOfAsync("child"));
        Assert.Equal(parent.InstanceId, child.ParentInstanceId);
        Assert.Equal(nameof(WorkflowSubStatus.Finished), child.SubStatus);
        var stored = await engine.LoadAsync(parent.InstanceId);
        Assert.Equal(WorkflowSubStatus.Finished, stored.SubStatus);
        var result = (IDictionary<string, object?>)Assert.IsType<ExpandoObject>(await engine.VariableAsync(parent.InstanceId, "Result"));
        Assert.Equal(42, result["answer"]);
        Assert.Equal("con trả về 42", await engine.VariableAsync(parent.InstanceId, "After"));
        Assert.Equal(0, await engine.RunTimersAsync());
    }

    [Fact]
    public async Task ExecuteAsync_DispatchWorkflow_ParentFinishesAndChildRunsOnTheScheduler()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("child.json");
        await engine.PublishAsync("parent-dispatch.json");

        var parent = await engine.StartAsync("parent-dispatch");

        Assert.Equal(WorkflowSubStatus.Finished, parent.SubStatus);
        Assert.Empty(await engine.InstancesOfAsync("child"));
        Assert.Equal(1, await engine.RunTimersAsync());
        var child = Assert.Single(await engine.InstancesOfAsync("child"));
        Assert.Equal(nameof(WorkflowSubStatus.Finished), child.SubStatus);
        Assert.Equal(10, (await engine.LoadAsync(child.Id)).Output["answer"]!.GetValue<int>());
        Assert.Equal(0, await engine.RunTimersAsync());
        Assert.Single(await engine.InstancesOfAsync("child"));
    }
}
