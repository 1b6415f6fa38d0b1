using System.Text.Json.Nodes;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Host.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CongVu.Host.Instances;

/// <summary>What the instance viewer reads beside the instance: its journal and its variables.</summary>
public static class InstanceDetailsApi
{
    public static RouteGroupBuilder MapInstanceDetailsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workflow-instances").WithTags("Workflow instances");
        group.MapPost("/{id}/journal", ListJournalAsync);
        group.MapGet("/{id}/journal", ListJournalAsync);
        group.MapGet("/{id}/variables", ListVariablesAsync);
        return api;
    }

    private static async Task<Results<Ok<JournalList>, ProblemHttpResult>> ListJournalAsync(
        string id, int? skip, int? take, IWorkflowStore store, CancellationToken ct)
    {
        if (await store.FindInstanceSummaryAsync(id, ct) is not { } instance) return WorkflowInstancesApi.Missing(id);
        // The whole journal is read so each line can name the activity execution that contains it (Elsa's parent id).
        var all = await store.ListJournalAsync(id, 0, int.MaxValue, ct);
        var names = await ActivityNames.ForVersionAsync(store, instance.DefinitionVersionId, ct);
        var items = JournalItem.FromJournal(all.Items, names);
        var page = items.Skip(Math.Max(0, skip ?? 0)).Take(take is > 0 ? take.Value : int.MaxValue).ToList();
        return TypedResults.Ok(new JournalList(page, all.TotalCount, []));
    }

    private static async Task<Results<Ok<VariableList>, ProblemHttpResult>> ListVariablesAsync(string id, IWorkflowStore store, CancellationToken ct)
    {
        if (await store.LoadInstanceAsync(id, ct) is not { } stored) return WorkflowInstancesApi.Missing(id);
        var model = await ModelAsync(store, stored.State.DefinitionVersionId, ct);
        var ids = (model?["variables"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(v => (Name: v["name"]?.GetValue<string>(), Id: v["id"]?.GetValue<string>()))
            .Where(v => v.Name is not null)
            .GroupBy(v => v.Name!)
            .ToDictionary(g => g.Key, g => g.First().Id ?? g.Key, StringComparer.Ordinal);
        var items = stored.State.Variables.Select(v => new VariableItem(ids.GetValueOrDefault(v.Key, v.Key), v.Key, v.Value)).ToList();
        return TypedResults.Ok(new VariableList(items));
    }

    private static async Task<JsonObject?> ModelAsync(IWorkflowStore store, string versionId, CancellationToken ct) =>
        await store.FindDefinitionVersionAsync(versionId, ct) is { } record ? DefinitionService.ToModel(record) : null;
}

/// <summary>A page of journal lines.</summary>
public sealed record JournalList(IReadOnlyList<JournalItem> Items, int TotalCount, IReadOnlyList<Link> Links);

/// <summary>A workflow variable's current value.</summary>
public sealed record VariableItem(string Id, string Name, JsonNode? Value);

/// <summary>The variables of an instance.</summary>
public sealed record VariableList(IReadOnlyList<VariableItem> Items);
