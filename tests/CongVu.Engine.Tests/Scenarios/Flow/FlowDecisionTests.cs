using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Flow;

public sealed class FlowDecisionTests
{
    [Theory]
    [InlineData(80, "đạt", "pass")]
    [InlineData(50, "đạt", "pass")]
    [InlineData(49, "không đạt", "fail")]
    public async Task ExecuteAsync_CSharpConditionOnVariable_TakesMatchingPortOnly(int score, string verdict, string taken)
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("decision.json");

        var run = await engine.StartAsync("decision", new JsonObject { ["score"] = score });

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        Assert.Equal(score, await engine.VariableAsync(run.InstanceId, "Score"));
        Assert.Equal(verdict, await engine.VariableAsync(run.InstanceId, "Verdict"));
        var other = taken == "pass" ? "fail" : "pass";
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, taken, "Completed"));
        Assert.Equal(0, await engine.JournalCountAsync(run.InstanceId, other, "Started"));
    }
}
