using CongVu.Engine.Persistence;
using Xunit;

namespace CongVu.Engine.Tests.Persistence;

public abstract partial class WorkflowStoreContract
{
    [Fact]
    public async Task FindDefinitionAsync_ByVersionOptions_PicksTheMatchingVersion()
    {
        var id = NewId("def");
        var v1 = Definition(id, 1, latest: false);
        var v2 = Definition(id, 2, latest: false, published: true);
        var v3 = Definition(id, 3, latest: true);
        await Store.SaveDefinitionsAsync([v1, v2, v3], null);

        Assert.Equal(3, (await Store.FindDefinitionAsync(id, VersionOptions.Latest))!.Version);
        Assert.Equal(2, (await Store.FindDefinitionAsync(id, VersionOptions.Published))!.Version);
        Assert.Equal(3, (await Store.FindDefinitionAsync(id, VersionOptions.LatestOrPublished))!.Version);
        Assert.Equal(3, (await Store.FindDefinitionAsync(id, VersionOptions.AllVersions))!.Version);
        Assert.Equal(v1.Id, (await Store.FindDefinitionAsync(id, VersionOptions.Parse("1")))!.Id);
        Assert.Null(await Store.FindDefinitionAsync(id, VersionOptions.Parse("9")));
        Assert.Null(await Store.FindDefinitionAsync(NewId("missing"), VersionOptions.Latest));
        var found = (await Store.FindDefinitionVersionAsync(v2.Id))!;
        Assert.Equal((id, 2, true, false, "mô tả", v2.Data), (found.DefinitionId, found.Version, found.IsPublished, found.IsLatest, found.Description, found.Data));
        Assert.Equal(v2.CreatedAt, found.CreatedAt);
    }

    [Fact]
    public async Task SaveDefinitionsAsync_ExistingVersion_UpdatesInPlace()
    {
        var version = Definition(NewId("def"), 1);
        await Store.SaveDefinitionsAsync([version], null);

        version.Name = "Đổi tên";
        version.IsPublished = true;
        await Store.SaveDefinitionsAsync([version], null);

        var stored = (await Store.FindDefinitionVersionAsync(version.Id))!;
        Assert.Equal(("Đổi tên", true), (stored.Name, stored.IsPublished));
        var all = await Store.ListDefinitionsAsync(new DefinitionQuery { Version = VersionOptions.AllVersions, DefinitionIds = [version.DefinitionId] });
        Assert.Equal(1, all.TotalCount);
    }

    [Fact]
    public async Task ListDefinitionsAsync_SearchFilterAndPaging_ReturnPageAndTotal()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var names = new[] { "Đơn nghỉ phép", "Đơn xin việc", "Báo cáo tháng", "Đề xuất mua sắm", "Đơn khiếu nại" };
        var versions = names.Select((n, i) => Definition($"{tag}-{i}", 1, name: $"{n} {tag}", system: i == 4)).ToList();
        for (var i = 0; i < versions.Count; i++) versions[i].CreatedAt = T0.AddMinutes(i);
        await Store.SaveDefinitionsAsync(versions, null);

        var byName = await Store.ListDefinitionsAsync(new DefinitionQuery { SearchTerm = "đơn", DefinitionIds = versions.Select(v => v.DefinitionId).ToList() });
        Assert.Equal(3, byName.TotalCount);
        var page = await Store.ListDefinitionsAsync(new DefinitionQuery { SearchTerm = tag, OrderBy = "CreatedAt", Skip = 1, Take = 2 });
        Assert.Equal(5, page.TotalCount);
        Assert.Equal([$"Đơn xin việc {tag}", $"Báo cáo tháng {tag}"], page.Items.Select(d => d.Name));
        var descending = await Store.ListDefinitionsAsync(new DefinitionQuery { SearchTerm = tag, OrderBy = "CreatedAt", Descending = true, Take = 1 });
        Assert.Equal($"Đơn khiếu nại {tag}", Assert.Single(descending.Items).Name);
        var system = await Store.ListDefinitionsAsync(new DefinitionQuery { SearchTerm = tag, IsSystem = true });
        Assert.Equal($"{tag}-4", Assert.Single(system.Items).DefinitionId);
        var byVersionId = await Store.ListDefinitionsAsync(new DefinitionQuery { VersionIds = [versions[2].Id] });
        Assert.Equal("Báo cáo tháng " + tag, Assert.Single(byVersionId.Items).Name);
    }

    [Fact]
    public async Task SaveDefinitionsAsync_WithTriggers_ReplacesTriggersAndSchedulesOfTheDefinition()
    {
        var id = NewId("def");
        var version = Definition(id, 1, published: true);
        var dispatched = Work(T0.AddHours(5), kind: Execution.ScheduledWorkKind.StartWorkflow, definitionId: id);
        await Store.AddWorkAsync(ToRecord(dispatched));
        await Store.SaveDefinitionsAsync([version], Triggers(version, "first", T0.AddHours(1)));

        await Store.SaveDefinitionsAsync([version], Triggers(version, "second", T0.AddHours(2)));

        Assert.Empty(await Store.FindTriggersAsync("Elsa.Event", "first"));
        var trigger = Assert.Single(await Store.FindTriggersAsync("Elsa.Event", "second"));
        Assert.Equal((id, version.Id, "Workflow1:start"), (trigger.DefinitionId, trigger.DefinitionVersionId, trigger.ActivityNodeId));
        var work = (await Store.GetDueWorkAsync(T0.AddDays(1), 100)).Where(w => w.DefinitionId == id).ToList();
        Assert.Equal([T0.AddHours(2), T0.AddHours(5)], work.Select(w => w.DueAt));
    }

    [Fact]
    public async Task DeleteDefinitionAsync_OneVersionOrAll_RemovesVersionsAndTriggers()
    {
        var id = NewId("def");
        var v1 = Definition(id, 1, latest: false, published: true);
        var v2 = Definition(id, 2);
        await Store.SaveDefinitionsAsync([v1, v2], Triggers(v1, "hash", T0.AddHours(1)));

        Assert.Equal(1, await Store.DeleteDefinitionAsync(id, v2.Id));
        Assert.Null(await Store.FindDefinitionVersionAsync(v2.Id));
        Assert.NotNull(await Store.FindDefinitionVersionAsync(v1.Id));

        Assert.Equal(1, await Store.DeleteDefinitionAsync(id, null));
        Assert.Null(await Store.FindDefinitionAsync(id, VersionOptions.AllVersions));
        Assert.Empty(await Store.FindTriggersAsync("Elsa.Event", "hash"));
        Assert.DoesNotContain(await Store.GetDueWorkAsync(T0.AddDays(1), 100), w => w.DefinitionId == id);
        Assert.Equal(0, await Store.DeleteDefinitionAsync(id, null));
    }

    private static DefinitionTriggers Triggers(DefinitionRecord version, string hash, DateTime due) => new(
        version.DefinitionId,
        [new TriggerRecord { Id = NewId("trg"), DefinitionId = version.DefinitionId, DefinitionVersionId = version.Id, ActivityId = "start", ActivityNodeId = "Workflow1:start", ActivityType = "Elsa.Event", Hash = hash }],
        [new ScheduledWorkRecord { Id = NewId("sched"), Kind = nameof(Execution.ScheduledWorkKind.ScheduleTrigger), DueAt = due, DefinitionId = version.DefinitionId, DefinitionVersionId = version.Id, ActivityId = "Workflow1:start" }]);

    private static ScheduledWorkRecord ToRecord(Execution.ScheduledWork w) => new()
    {
        Id = w.Id, Kind = w.Kind.ToString(), DueAt = w.DueAt, InstanceId = w.InstanceId, DefinitionId = w.DefinitionId, Payload = w.Payload?.ToJsonString(),
    };
}
