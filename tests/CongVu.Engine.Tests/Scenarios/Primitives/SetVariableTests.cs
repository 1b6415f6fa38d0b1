using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Primitives;

public sealed class SetVariableTests
{
    [Fact]
    public async Task ExecuteAsync_LiteralCSharpAndHandlebarsValues_AreStoredWithTheVariablesTypes()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("set-variable.json");

        var run = await engine.StartAsync("set-variable");

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        Assert.Equal("Lan", await engine.VariableAsync(run.InstanceId, "Name"));
        Assert.Equal(42, await engine.VariableAsync(run.InstanceId, "Total"));
        Assert.Equal("Chào Lan, tổng 42", await engine.VariableAsync(run.InstanceId, "Greeting"));
        Assert.Equal(true, await engine.VariableAsync(run.InstanceId, "Flag"));
        Assert.Equal(7, await engine.VariableAsync(run.InstanceId, "ById"));
    }
}
