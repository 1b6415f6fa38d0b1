using System.Text.Json.Nodes;
using CongVu.Engine.Activities.Primitives;
using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Engine.Tests.TestHost;
using Xunit;

namespace CongVu.Engine.Tests.Runtime;

public sealed class DefinitionLifecycleTests
{
    [Fact]
    public async Task SaveAsync_DraftThenPublish_OnlyPublishedVersionStarts()
    {
        await using var engine = await EngineFixture.StartAsync();
        var model = ModelFiles.Load("versioned.json");

        var draft = await engine.Definitions.SaveAsync(model, publish: false);
        Assert.Equal((1, false, true), (draft.Record.Version, draft.Record.IsPublished, draft.Record.IsLatest));
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => engine.StartAsync("versioned"));
        var resaved = await engine.Definitions.SaveAsync(model, publish: false);
        Assert.Equal((draft.Record.Id, 1), (resaved.Record.Id, resaved.Record.Version));

        var published = await engine.Definitions.PublishAsync("versioned");
        Assert.Equal((draft.Record.Id, true, false), (published!.Record.Id, published.Record.IsPublished, published.AlreadyPublished));
        Assert.True((await engine.Definitions.PublishAsync("versioned"))!.AlreadyPublished);
        Assert.Equal(WorkflowSubStatus.Suspended, (await engine.StartAsync("versioned")).SubStatus);
    }

    [Fact]
    public async Task SaveAsync_AfterPublish_CreatesVersion2DraftAndLeavesVersion1Running()
    {
        await using var engine = await EngineFixture.StartAsync();
        var v1 = (await engine.PublishAsync("versioned.json")).Record;
        var v1Root = (await engine.Store.FindDefinitionVersionAsync(v1.Id))!.Data is var data ? JsonNode.Parse(data)!["root"]!.ToJsonString() : null;
        var onV1 = await engine.StartAsync("versioned");

        var v2 = (await engine.Definitions.SaveAsync(Version2(), publish: false)).Record;

        Assert.Equal((2, false, true), (v2.Version, v2.IsPublished, v2.IsLatest));
        var v1Now = (await engine.Store.FindDefinitionVersionAsync(v1.Id))!;
        Assert.Equal((true, false), (v1Now.IsPublished, v1Now.IsLatest));
        Assert.Equal(v1Root, JsonNode.Parse(v1Now.Data)!["root"]!.ToJsonString());
        Assert.Equal(v1.Id, (await engine.StartAsync("versioned")).State.DefinitionVersionId);

        await engine.Definitions.PublishAsync("versioned");
        Assert.False((await engine.Store.FindDefinitionVersionAsync(v1.Id))!.IsPublished);
        var onV2 = await engine.StartAsync("versioned");
        Assert.Equal(v2.Id, onV2.State.DefinitionVersionId);

        await engine.Runtime.TriggerAsync(Event.StimulusFor("versioned-go"), null, null);
        Assert.Equal("version one", await engine.VariableAsync(onV1.InstanceId, "Ran"));
        Assert.Equal(1, (await engine.LoadAsync(onV1.InstanceId)).DefinitionVersion);
        Assert.Equal("version two", await engine.VariableAsync(onV2.InstanceId, "Ran"));
        var all = await engine.Store.ListDefinitionsAsync(new DefinitionQuery { Version = VersionOptions.AllVersions, DefinitionIds = ["versioned"] });
        Assert.Equal([1, 2], all.Items.Select(d => d.Version).Order());
    }

    [Fact]
    public async Task RetractAsync_PublishedEventTrigger_StopsNewStartsAndRemovesTrigger()
    {
        await using var engine = await EngineFixture.StartAsync();
        var model = ModelFiles.Load("versioned.json");
        model["root"]!["activities"]![1]!["customProperties"] = new JsonObject { ["canStartWorkflow"] = true };
        await engine.Definitions.SaveAsync(model, publish: true);
        Assert.Single(await engine.Store.FindTriggersAsync(Event.TypeName, Event.StimulusFor("versioned-go").Hash));

        await engine.Definitions.RetractAsync("versioned");

        Assert.Empty(await engine.Store.FindTriggersAsync(Event.TypeName, Event.StimulusFor("versioned-go").Hash));
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => engine.StartAsync("versioned"));
        Assert.Empty(await engine.Runtime.TriggerAsync(Event.StimulusFor("versioned-go"), null, null));
    }

    private static JsonObject Version2()
    {
        var model = ModelFiles.Load("versioned.json");
        model["root"]!["activities"]![2]!["value"]!["expression"]!["value"] = "version two";
        return model;
    }
}
