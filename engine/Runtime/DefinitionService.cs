using System.Globalization;
using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using CongVu.Engine.Persistence;

namespace CongVu.Engine.Runtime;

/// <summary>
/// Definition life cycle: validate, save a draft, publish (a published version never changes; the next
/// save makes a new draft), retract, delete. Publishing indexes the version's triggers and schedules.
/// </summary>
public sealed partial class DefinitionService(
    IWorkflowStore store,
    ActivityRegistry registry,
    ExpressionEvaluatorRegistry expressions,
    GraphCache graphs,
    EngineEnvironment environment,
    InstanceLocks locks,
    WorkSignal signal)
{
    /// <summary>Every problem in the model, each with its activity id; empty when the model can run.</summary>
    public IReadOnlyList<DefinitionError> Validate(JsonObject model) =>
        new WorkflowLoader(registry, expressions).Load(model, "validation", "validation", 1).Errors;

    /// <summary>Saves the model as the latest draft (or a new version after a published one); publishes when asked.</summary>
    public async Task<SaveResult> SaveAsync(JsonObject model, bool publish, CancellationToken ct = default)
    {
        model = model.DeepClone().AsObject();
        var errors = Validate(model);
        if (errors.Count > 0) throw new DefinitionValidationException(errors);
        var definitionId = Text(model, "definitionId") is { Length: > 0 } given ? given : WorkflowExecutionContext.NewId()[..16];
        using var _ = await locks.AcquireAsync($"definition:{definitionId}", ct);
        var latest = await store.FindDefinitionAsync(definitionId, VersionOptions.Latest, ct);
        var now = environment.Clock.UtcNow.UtcDateTime;
        var changed = new List<DefinitionRecord>();
        DefinitionRecord draft;
        if (latest is { IsPublished: false })
        {
            draft = latest;
        }
        else
        {
            if (latest is not null)
            {
                latest.IsLatest = false;
                latest.Data = Stamp(JsonNode.Parse(latest.Data)!.AsObject(), latest).ToJsonString(EfWorkflowStore.Json);
                changed.Add(latest);
            }
            draft = new DefinitionRecord
            {
                Id = WorkflowExecutionContext.NewId()[..16],
                DefinitionId = definitionId,
                Version = (latest?.Version ?? 0) + 1,
                CreatedAt = now,
                IsLatest = true,
            };
        }
        draft.Name = Text(model, "name") is { Length: > 0 } name ? name : "Untitled workflow";
        draft.Description = Text(model, "description");
        draft.IsSystem = model["isSystem"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
        draft.UpdatedAt = now;
        changed.Add(draft);
        DefinitionTriggers? triggers = null;
        var alreadyPublished = false;
        if (publish)
        {
            // When the latest version is the published one it is already in 'changed': update that same object, or the store tracks the row twice.
            var previous = latest is { IsPublished: true } ? latest : await store.FindDefinitionAsync(definitionId, VersionOptions.Published, ct);
            if (previous is not null && previous.Id != draft.Id)
            {
                previous.IsPublished = false;
                previous.Data = Stamp(JsonNode.Parse(previous.Data)!.AsObject(), previous).ToJsonString(EfWorkflowStore.Json);
                if (!changed.Contains(previous)) changed.Add(previous);
            }
            draft.IsPublished = true;
        }
        draft.Data = Stamp(model, draft).ToJsonString(EfWorkflowStore.Json);
        graphs.Invalidate(draft.Id);
        if (publish) triggers = await IndexTriggersAsync(draft, ct);
        await store.SaveDefinitionsAsync(changed, triggers, ct);
        if (triggers?.Schedules.Count > 0) signal.Notify();
        return new SaveResult(draft, JsonNode.Parse(draft.Data)!.AsObject(), alreadyPublished);
    }

    /// <summary>Publishes the latest version; already published → reported, nothing changes.</summary>
    public async Task<SaveResult?> PublishAsync(string definitionId, CancellationToken ct = default)
    {
        var latest = await store.FindDefinitionAsync(definitionId, VersionOptions.Latest, ct);
        if (latest is null) return null;
        var model = JsonNode.Parse(latest.Data)!.AsObject();
        if (latest.IsPublished) return new SaveResult(latest, model, AlreadyPublished: true);
        return await SaveAsync(model, publish: true, ct);
    }

    /// <summary>Unpublishes: no new instances start (running ones continue on their version).</summary>
    public async Task<DefinitionRecord?> RetractAsync(string definitionId, CancellationToken ct = default)
    {
        var published = await store.FindDefinitionAsync(definitionId, VersionOptions.Published, ct);
        if (published is null) return null;
        published.IsPublished = false;
        published.UpdatedAt = environment.Clock.UtcNow.UtcDateTime;
        published.Data = Stamp(JsonNode.Parse(published.Data)!.AsObject(), published).ToJsonString(EfWorkflowStore.Json);
        await store.SaveDefinitionsAsync([published], new DefinitionTriggers(definitionId, [], []), ct);
        return published;
    }

    public Task<int> DeleteAsync(string definitionId, CancellationToken ct = default) => store.DeleteDefinitionAsync(definitionId, null, ct);

    /// <summary>The stored model with the version's current metadata written into it (Elsa's definition shape).</summary>
    public static JsonObject ToModel(DefinitionRecord record) => Stamp(JsonNode.Parse(record.Data)!.AsObject(), record);

    private static JsonObject Stamp(JsonObject model, DefinitionRecord record)
    {
        model["id"] = record.Id;
        model["definitionId"] = record.DefinitionId;
        model["version"] = record.Version;
        model["name"] = record.Name;
        model["description"] = record.Description;
        model["isLatest"] = record.IsLatest;
        model["isPublished"] = record.IsPublished;
        model["createdAt"] = record.CreatedAt.ToString("O", CultureInfo.InvariantCulture);
        foreach (var key in new[] { "variables", "inputs", "outputs", "outcomes" })
            model[key] ??= new JsonArray();
        model["customProperties"] ??= new JsonObject();
        model["options"] ??= new JsonObject();
        return model;
    }

    private static string? Text(JsonObject o, string key) =>
        o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;
}

/// <summary>The saved version and its model.</summary>
public sealed record SaveResult(DefinitionRecord Record, JsonObject Model, bool AlreadyPublished);
