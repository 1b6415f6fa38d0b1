using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Scenarios.Flow;

public sealed class StartEndTests
{
    [Fact]
    public async Task ExecuteAsync_StartWriteLineEnd_FinishesAndJournalsEachStep()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("start-end.json");

        var run = await engine.StartAsync("start-end");

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        var stored = await engine.LoadAsync(run.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, stored.Status);
        Assert.Empty(stored.Bookmarks);
        Assert.Empty(stored.ActivityContexts);
        var journal = await engine.JournalAsync(run.InstanceId);
        Assert.Equal(["start", "hello", "end"], journal.Where(j => j.EventName == "Completed" && j.ActivityId != "flow1").Select(j => j.ActivityId));
        Assert.Equal("Xin chào", Assert.Single(journal, j => j.EventName == "Log").Message);
        Assert.Equal(journal.Select(j => j.Sequence).Order(), journal.Select(j => j.Sequence));
        Assert.DoesNotContain(journal, j => j.EventName == "Canceled");
    }
}
