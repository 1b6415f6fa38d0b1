using CongVu.Engine.Persistence;
using Xunit;

namespace CongVu.Engine.Tests.Persistence;

public abstract partial class WorkflowStoreContract
{
    [Fact]
    public async Task GetDueWorkAsync_ReturnsOnlyDueItemsInDueOrder()
    {
        var state = State();
        var late = Work(T0.AddMinutes(3), instanceId: state.Id);
        var early = Work(T0.AddMinutes(1), instanceId: state.Id);
        var middle = Work(T0.AddMinutes(2), instanceId: state.Id);
        var future = Work(T0.AddHours(1), instanceId: state.Id);
        await InsertAsync(state, c => c.AddedWork.AddRange([late, early, future, middle]));

        Assert.Equal([early.Id, middle.Id, late.Id], (await Store.GetDueWorkAsync(T0.AddMinutes(5), 10)).Select(w => w.Id));
        Assert.Equal([early.Id, middle.Id], (await Store.GetDueWorkAsync(T0.AddMinutes(5), 2)).Select(w => w.Id));
        Assert.Equal([early.Id], (await Store.GetDueWorkAsync(T0.AddMinutes(1), 10)).Select(w => w.Id));
        Assert.Empty(await Store.GetDueWorkAsync(T0, 10));
        Assert.Equal(T0.AddMinutes(1), await Store.GetNextDueAtAsync());
        var stored = Assert.Single(await Store.GetDueWorkAsync(T0.AddMinutes(1), 10));
        Assert.Equal(("ResumeBookmark", state.Id, """{"n":1}""", 0), (stored.Kind, stored.InstanceId, stored.Payload, stored.Attempts));
        Assert.Equal(DateTimeKind.Utc, stored.DueAt.Kind);
    }

    [Fact]
    public async Task PostponeWorkAsync_MovesDueTimeAndCountsTheAttempt()
    {
        var work = new ScheduledWorkRecord { Id = NewId("work"), Kind = "StartWorkflow", DueAt = T0, Payload = "{}" };
        await Store.AddWorkAsync(work);

        await Store.PostponeWorkAsync(work.Id, T0.AddMinutes(10), "child not published");

        Assert.Empty(await Store.GetDueWorkAsync(T0.AddMinutes(9), 10));
        var postponed = Assert.Single(await Store.GetDueWorkAsync(T0.AddMinutes(10), 10));
        Assert.Equal((1, "child not published"), (postponed.Attempts, postponed.LastError));
        await Store.PostponeWorkAsync(work.Id, T0.AddMinutes(20), "again");
        Assert.Equal(2, Assert.Single(await Store.GetDueWorkAsync(T0.AddMinutes(20), 10)).Attempts);
    }

    [Fact]
    public async Task DeleteWorkAsync_AndCommitRemovedWork_DeleteOnlyThoseItems()
    {
        var state = State();
        var kept = Work(T0, instanceId: state.Id);
        var removedByCommit = Work(T0, instanceId: state.Id);
        var deleted = Work(T0, instanceId: state.Id);
        await InsertAsync(state, c => c.AddedWork.AddRange([kept, removedByCommit, deleted]));

        Assert.True(await Store.DeleteWorkAsync(deleted.Id));
        Assert.False(await Store.DeleteWorkAsync(deleted.Id));
        await CommitAsync(state, 1, c => c.RemovedWorkIds.Add(removedByCommit.Id));

        Assert.Equal([kept.Id], (await Store.GetDueWorkAsync(T0, 10)).Select(w => w.Id));
    }
}
