using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Runtime;

public sealed class ConcurrentResumeTests
{
    [Fact]
    public async Task ResumeAsync_SameBookmarkTwice_SecondReturnsNullAndInstanceAdvancesOnce()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("single-wait.json");
        var run = await engine.StartAsync("single-wait");
        var bookmark = await engine.SingleBookmarkAsync(run.InstanceId);

        var first = await engine.Runtime.ResumeAsync(bookmark.Id);
        var second = await engine.Runtime.ResumeAsync(bookmark.Id);

        Assert.Equal(WorkflowSubStatus.Finished, first!.SubStatus);
        Assert.Null(second);
        Assert.Equal(1, await engine.VariableAsync(run.InstanceId, "Count"));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "wait", "Resumed"));
    }

    [Fact]
    public async Task ResumeAsync_SixteenConcurrentCallsForOneBookmark_ExactlyOneSucceeds()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("single-wait.json");
        var run = await engine.StartAsync("single-wait");
        var bookmark = await engine.SingleBookmarkAsync(run.InstanceId);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => engine.Runtime.ResumeAsync(bookmark.Id))));

        Assert.Single(results, r => r is not null);
        var summary = await engine.Store.FindInstanceSummaryAsync(run.InstanceId);
        Assert.Equal(nameof(WorkflowSubStatus.Finished), summary!.SubStatus);
        Assert.Equal(1, await engine.VariableAsync(run.InstanceId, "Count"));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "wait", "Resumed"));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "count", "Completed"));
        Assert.Empty(await engine.Store.ListBookmarksAsync(run.InstanceId));
    }

    [Fact]
    public async Task ResumeAsync_DifferentBookmarksOfOneInstanceConcurrently_BothAppliedAndJoinContinues()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("two-waits.json");
        var run = await engine.StartAsync("two-waits");
        var bookmarks = (await engine.LoadAsync(run.InstanceId)).Bookmarks.Select(b => b.Id).ToList();
        Assert.Equal(2, bookmarks.Count);

        var results = await Task.WhenAll(bookmarks.Select(id => Task.Run(() => engine.Runtime.ResumeAsync(id))));

        Assert.All(results, Assert.NotNull);
        var stored = await engine.LoadAsync(run.InstanceId);
        Assert.Equal(WorkflowSubStatus.Finished, stored.SubStatus);
        Assert.Equal(1, await engine.VariableAsync(run.InstanceId, "Joined"));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "a", "Completed"));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "b", "Completed"));
        Assert.Equal(1, await engine.JournalCountAsync(run.InstanceId, "join", "Completed"));
    }

    [Fact]
    public async Task ResumeAsync_ManyInstancesConcurrently_AllFinishWithoutErrors()
    {
        await using var engine = await EngineFixture.StartAsync();
        await engine.PublishAsync("single-wait.json");
        var runs = new List<string>();
        for (var i = 0; i < 20; i++) runs.Add((await engine.StartAsync("single-wait")).InstanceId);
        var bookmarks = new List<string>();
        foreach (var id in runs) bookmarks.Add((await engine.SingleBookmarkAsync(id)).Id);

        var results = await Task.WhenAll(bookmarks.Select(id => Task.Run(() => engine.Runtime.ResumeAsync(id))));

        Assert.All(results, r => Assert.Equal(WorkflowSubStatus.Finished, r!.SubStatus));
        foreach (var id in runs) Assert.Equal(1, await engine.VariableAsync(id, "Count"));
    }
}
