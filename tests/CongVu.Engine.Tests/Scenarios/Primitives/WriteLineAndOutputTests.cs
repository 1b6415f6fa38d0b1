using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Primitives;

public sealed class WriteLineAndOutputTests
{
    [Fact]
    public async Task ExecuteAsync_WriteLine_JournalsTheEvaluatedText()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("output.json");

        var run = await engine.StartAsync("output");

        var log = Assert.Single(await engine.JournalAsync(run.InstanceId), j => j.EventName == "Log");
        Assert.Equal("log", log.ActivityId);
        Assert.Equal("Tổng hiện tại: 41", log.Message);
    }

    [Fact]
    public async Task ExecuteAsync_SetOutput_StoresNamedOutputsInTheInstance()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("output.json");

        var run = await engine.StartAsync("output");

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        var stored = await engine.LoadAsync(run.InstanceId);
        Assert.Equal(42, stored.Output["answer"]!.GetValue<int>());
        Assert.Equal("total=41", stored.Output["label"]!.GetValue<string>());
    }
}
