using CongVu.Engine.Persistence;
using Xunit;

namespace CongVu.Engine.Tests.Persistence;

public abstract partial class WorkflowStoreContract
{
    [Fact]
    public async Task FindBookmarksAsync_ByTypeAndHash_FiltersByCorrelationId()
    {
        var hash = NewId("hash");
        var a = State(correlationId: "HS-A");
        var b = State(correlationId: "HS-B");
        var onA = Bookmark("Elsa.Event", hash);
        var otherHash = Bookmark("Elsa.Event", NewId("hash"));
        var onB = Bookmark("Elsa.Event", hash);
        await InsertAsync(a, c => c.AddedBookmarks.AddRange([onA, otherHash]));
        await InsertAsync(b, c => c.AddedBookmarks.Add(onB));

        Assert.Equal(Sorted(onA.Id, onB.Id), Sorted([.. (await Store.FindBookmarksAsync("Elsa.Event", hash, null)).Select(x => x.Id)]));
        Assert.Equal(onA.Id, Assert.Single(await Store.FindBookmarksAsync("Elsa.Event", hash, "HS-A")).Id);
        Assert.Empty(await Store.FindBookmarksAsync("Elsa.Event", hash, "HS-C"));
        Assert.Empty(await Store.FindBookmarksAsync("Elsa.Delay", hash, null));
        var found = (await Store.FindBookmarkAsync(onA.Id))!;
        Assert.Equal((a.Id, "Elsa.Event", hash, "wait", "Workflow1:flow1:wait", onA.ContextId, "HS-A"),
            (found.InstanceId, found.ActivityType, found.Hash, found.ActivityId, found.ActivityNodeId, found.ContextId, found.CorrelationId));
        Assert.Equal(2, (await Store.ListBookmarksAsync(a.Id)).Count);
    }

    [Fact]
    public async Task CommitAsync_RemovedBookmarks_LeaveTheIndex()
    {
        var state = State();
        var first = Bookmark("Elsa.Event", NewId("hash"));
        var second = Bookmark("Elsa.Event", NewId("hash"));
        await InsertAsync(state, c => c.AddedBookmarks.AddRange([first, second]));

        var third = Bookmark("Elsa.Delay", NewId("hash"));
        await CommitAsync(state, 1, c =>
        {
            c.RemovedBookmarkIds.Add(first.Id);
            c.AddedBookmarks.Add(third);
        });

        Assert.Null(await Store.FindBookmarkAsync(first.Id));
        Assert.Empty(await Store.FindBookmarksAsync("Elsa.Event", first.Hash, null));
        Assert.Equal(Sorted(second.Id, third.Id), Sorted([.. (await Store.ListBookmarksAsync(state.Id)).Select(b => b.Id)]));
    }

    private static List<string> Sorted(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];
}
