using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Flow;

public sealed class FlowSwitchTests
{
    [Theory]
    [InlineData(5, "small")]
    [InlineData(50, "medium")]
    [InlineData(500, "default")]
    public async Task ExecuteAsync_CasesWithCSharpConditions_TakeFirstMatchingLabelElseDefault(int amount, string route)
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("switch.json");

        var run = await engine.StartAsync("switch", new JsonObject { ["amount"] = amount });

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        Assert.Equal(route, await engine.VariableAsync(run.InstanceId, "Route"));
        var journal = await engine.JournalAsync(run.InstanceId);
        Assert.Single(journal, j => j.EventName == "Started" && j.ActivityId is "small" or "medium" or "other");
    }
}
