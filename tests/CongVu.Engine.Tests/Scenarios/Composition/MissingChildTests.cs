using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Composition;

public sealed class MissingChildTests
{
    [Fact]
    public async Task RunTimersAsync_ChildNotPublished_ParentFaultsThenRetryRunsChild()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("parent-execute.json");
        var parent = await engine.StartAsync("parent-execute");

        await engine.RunTimersAsync();

        var faulted = await engine.LoadAsync(parent.InstanceId);
        Assert.Equal(WorkflowSubStatus.Faulted, faulted.SubStatus);
        var incident = Assert.Single(await engine.Store.ListIncidentsAsync(parent.InstanceId));
        Assert.Equal("runChild", incident.ActivityId);
        Assert.Contains("child", incident.Message, StringComparison.Ordinal);

        await engine.PublishAsync("child.json");
        Assert.Equal(WorkflowSubStatus.Suspended, (await engine.Runtime.RetryAsync(parent.InstanceId))!.SubStatus);
        await engine.RunTimersAsync();

        Assert.Equal(WorkflowSubStatus.Finished, (await engine.LoadAsync(parent.InstanceId)).SubStatus);
        Assert.Equal("con trả về 42", await engine.VariableAsync(parent.InstanceId, "After"));
    }
}
