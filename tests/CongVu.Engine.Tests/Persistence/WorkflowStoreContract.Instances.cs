using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using Xunit;

namespace CongVu.Engine.Tests.Persistence;

public abstract partial class WorkflowStoreContract
{
    [Fact]
    public async Task CommitAsync_InsertThenUpdate_IncrementsRevisionAndRoundTripsState()
    {
        var state = State(correlationId: "HS-1");
        state.Variables["Count"] = 3;
        state.Variables["Tên"] = "Lan";
        state.Output["answer"] = new JsonObject { ["x"] = 1 };

        Assert.Equal(1, await InsertAsync(state));
        var loaded = (await Store.LoadInstanceAsync(state.Id))!;
        Assert.Equal(1, loaded.Revision);
        Assert.Equal((3, "Lan", 1), (loaded.State.Variables["Count"]!.GetValue<int>(), loaded.State.Variables["Tên"]!.GetValue<string>(), loaded.State.Output["answer"]!["x"]!.GetValue<int>()));
        Assert.Equal(WorkflowSubStatus.Suspended, loaded.State.SubStatus);

        loaded.State.Status = WorkflowStatus.Finished;
        loaded.State.SubStatus = WorkflowSubStatus.Finished;
        loaded.State.FinishedAt = T0.AddHours(1);
        Assert.Equal(2, await CommitAsync(loaded.State, loaded.Revision));

        var summary = (await Store.FindInstanceSummaryAsync(state.Id))!;
        Assert.Equal(("Finished", "Finished", 2L, "HS-1"), (summary.Status, summary.SubStatus, summary.Revision, summary.CorrelationId));
        Assert.Equal(T0.AddHours(1), summary.FinishedAt);
        Assert.Equal(2, (await Store.LoadInstanceAsync(state.Id))!.Revision);
        Assert.Null(await Store.LoadInstanceAsync(NewId("missing")));
    }

    [Fact]
    public async Task CommitAsync_StaleRevision_ThrowsConcurrencyConflictAndWritesNothing()
    {
        var state = State();
        await InsertAsync(state);
        await CommitAsync(state, 1);

        state.Name = "stale";
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => CommitAsync(state, 1, c =>
        {
            c.AddedBookmarks.Add(Bookmark("Elsa.Event", "stale-hash"));
            c.Journal.Add(Journal(state, 1));
            c.AddedWork.Add(Work(T0, instanceId: state.Id));
        }));

        Assert.Equal(state.Id, conflict.InstanceId);
        var summary = (await Store.FindInstanceSummaryAsync(state.Id))!;
        Assert.Equal((2L, "Hồ sơ"), (summary.Revision, summary.Name));
        Assert.Empty(await Store.FindBookmarksAsync("Elsa.Event", "stale-hash", null));
        Assert.Equal(0, (await Store.ListJournalAsync(state.Id, 0, 10)).TotalCount);
        Assert.Null(await Store.GetNextDueAtAsync());
    }

    [Fact]
    public async Task CommitAsync_NewInstanceWithExistingId_ThrowsConcurrencyConflict()
    {
        var state = State();
        await InsertAsync(state);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InsertAsync(State(state.Id)));

        Assert.Equal(1, (await Store.FindInstanceSummaryAsync(state.Id))!.Revision);
    }

    [Fact]
    public async Task CommitAsync_DuplicateIdempotencyKey_ThrowsDuplicateResumeAndWritesNothing()
    {
        var key = NewId("key");
        var state = State();
        await InsertAsync(state, c => c.IdempotencyKey = key);

        state.Name = "second";
        var duplicate = await Assert.ThrowsAsync<DuplicateResumeException>(() => CommitAsync(state, 1, c => c.IdempotencyKey = key));

        Assert.Equal(key, duplicate.Key);
        Assert.Equal((1L, "Hồ sơ"), ((await Store.FindInstanceSummaryAsync(state.Id))!.Revision, (await Store.FindInstanceSummaryAsync(state.Id))!.Name));
        await Assert.ThrowsAsync<DuplicateResumeException>(() => InsertAsync(State(), c => c.IdempotencyKey = key));
        Assert.Equal(2, await CommitAsync(state, 1, c => c.IdempotencyKey = NewId("other")));
    }

    [Fact]
    public async Task ListInstancesAsync_FiltersAndPages_DeleteInstanceRemovesEverything()
    {
        var definitionId = NewId("def");
        var states = Enumerable.Range(0, 5).Select(i => State(correlationId: i == 2 ? "HS-2" : null, definitionId: definitionId)).ToList();
        for (var i = 0; i < states.Count; i++)
        {
            states[i].CreatedAt = T0.AddMinutes(i);
            if (i % 2 == 0) states[i].SubStatus = WorkflowSubStatus.Finished;
            var state = states[i];
            await InsertAsync(state, c =>
            {
                c.AddedBookmarks.Add(Bookmark("Elsa.Event", $"h-{state.Id}"));
                c.Journal.Add(Journal(state, 1));
                c.AddedWork.Add(Work(T0, instanceId: state.Id));
                c.NewIncidents.Add(new IncidentState { Id = NewId("inc"), ActivityId = "a", ActivityType = "Elsa.WriteLine", Message = "x", Timestamp = T0 });
            });
        }

        var page = await Store.ListInstancesAsync(new InstanceQuery { DefinitionIds = [definitionId], Descending = false, Skip = 1, Take = 2 });
        Assert.Equal(5, page.TotalCount);
        Assert.Equal([states[1].Id, states[2].Id], page.Items.Select(i => i.Id));
        var finished = await Store.ListInstancesAsync(new InstanceQuery { DefinitionIds = [definitionId], SubStatuses = ["Finished"] });
        Assert.Equal([states[4].Id, states[2].Id, states[0].Id], finished.Items.Select(i => i.Id));
        Assert.Equal(states[2].Id, Assert.Single((await Store.ListInstancesAsync(new InstanceQuery { CorrelationId = "HS-2", DefinitionIds = [definitionId] })).Items).Id);
        Assert.Equal("{}", Assert.Single(page.Items, i => i.Id == states[1].Id).State);

        Assert.True(await Store.DeleteInstanceAsync(states[1].Id));
        Assert.False(await Store.DeleteInstanceAsync(states[1].Id));
        Assert.Null(await Store.LoadInstanceAsync(states[1].Id));
        Assert.Empty(await Store.ListBookmarksAsync(states[1].Id));
        Assert.Equal(0, (await Store.ListJournalAsync(states[1].Id, 0, 10)).TotalCount);
        Assert.Empty(await Store.ListIncidentsAsync(states[1].Id));
        Assert.DoesNotContain(await Store.GetDueWorkAsync(T0, 100), w => w.InstanceId == states[1].Id);
        Assert.Single(await Store.ListBookmarksAsync(states[3].Id));
    }
}
