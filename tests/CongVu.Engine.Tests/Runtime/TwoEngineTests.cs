using CongVu.Engine.Execution;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Runtime;

/// <summary>Two engines (as two processes would) over one database file: only the instance revision keeps them consistent.</summary>
public sealed class TwoEngineTests
{
    [Fact]
    public async Task ResumeAsync_DifferentBookmarksFromTwoEngines_NoLostUpdate()
    {
        var directory = EngineFixture.CreateTempDirectory();
        try
        {
            await using var first = await EngineFixture.StartAsync(directory);
            await using var second = await EngineFixture.StartAsync(directory);
            await first.PublishAsync("two-waits.json");
            for (var round = 0; round < 5; round++)
            {
                var run = await first.StartAsync("two-waits");
                var bookmarks = (await first.LoadAsync(run.InstanceId)).Bookmarks.Select(b => b.Id).ToList();

                var results = await Task.WhenAll(
                    Task.Run(() => first.Runtime.ResumeAsync(bookmarks[0])),
                    Task.Run(() => second.Runtime.ResumeAsync(bookmarks[1])));

                Assert.All(results, Assert.NotNull);
                Assert.Equal(WorkflowSubStatus.Finished, (await second.LoadAsync(run.InstanceId)).SubStatus);
                Assert.Equal(1, await second.VariableAsync(run.InstanceId, "Joined"));
            }
        }
        finally
        {
            EngineFixture.DeleteDirectory(directory);
        }
    }

    [Fact]
    public async Task ResumeAsync_SameBookmarkFromTwoEngines_AppliedOnce()
    {
        var directory = EngineFixture.CreateTempDirectory();
        try
        {
            await using var first = await EngineFixture.StartAsync(directory);
            await using var second = await EngineFixture.StartAsync(directory);
            await first.PublishAsync("single-wait.json");
            var run = await first.StartAsync("single-wait");
            var bookmark = (await first.SingleBookmarkAsync(run.InstanceId)).Id;

            var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
                Task.Run(() => (i % 2 == 0 ? first : second).Runtime.ResumeAsync(bookmark))));

            Assert.Single(results, r => r is not null);
            Assert.Equal(1, await first.VariableAsync(run.InstanceId, "Count"));
            Assert.Equal(1, await first.JournalCountAsync(run.InstanceId, "wait", "Resumed"));
        }
        finally
        {
            EngineFixture.DeleteDirectory(directory);
        }
    }
}
