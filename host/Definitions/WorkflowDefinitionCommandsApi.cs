using System.Text.Json;
using System.Text.Json.Nodes;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Host.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CongVu.Host.Definitions;

/// <summary>Changing workflow definitions: save (draft or publish), import, publish, retract, delete.</summary>
public static class WorkflowDefinitionCommandsApi
{
    public static RouteGroupBuilder MapWorkflowDefinitionCommandsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workflow-definitions").WithTags("Workflow definitions");
        group.MapPost("/", SaveAsync).Accepts<SaveDefinitionRequest>("application/json");
        group.MapPost("/import", ImportAsync).Accepts<JsonObject>("application/json");
        group.MapPost("/{definitionId}/publish", PublishAsync);
        group.MapPost("/{definitionId}/retract", RetractAsync);
        group.MapDelete("/{definitionId}", DeleteAsync);
        group.MapDelete("/{definitionId}/version/{version:int}", DefinitionVersionDeletion.DeleteVersionAsync);
        api.MapPost("/bulk-actions/publish/workflow-definitions/by-definition-ids", BulkPublishAsync).WithTags("Workflow definitions");
        return api;
    }

    private static async Task<Results<Created<SaveDefinitionResponse>, Ok<SaveDefinitionResponse>>> SaveAsync(
        HttpRequest request, DefinitionService definitions, IWorkflowStore store, CancellationToken ct)
    {
        var body = await JsonBody.ReadObjectAsync(request, JsonBody.DefinitionLimit, ct);
        if (body["model"] is not JsonObject model) throw new ApiRequestException("Field 'model' is required and must be a JSON object (the workflow definition).");
        var publish = body["publish"] switch
        {
            null => false,
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
            _ => throw new ApiRequestException("Field 'publish' must be true or false."),
        };
        var isNew = await IsNewAsync(model, store, ct);
        var saved = await definitions.SaveAsync(model, publish, ct);
        var response = new SaveDefinitionResponse(DefinitionJson.Full(saved.Record), saved.AlreadyPublished, 0);
        return isNew ? TypedResults.Created(Location(saved.Record), response) : TypedResults.Ok(response);
    }

    private static async Task<Results<Created<JsonObject>, Ok<JsonObject>>> ImportAsync(
        HttpRequest request, DefinitionService definitions, IWorkflowStore store, CancellationToken ct)
    {
        var model = await JsonBody.ReadObjectAsync(request, JsonBody.DefinitionLimit, ct);
        if (model["root"] is null && model["model"] is JsonObject wrapped) model = wrapped;
        if (model["root"] is not JsonObject) throw new ApiRequestException("Field 'root' is required: the body must be a workflow definition.");
        var isNew = await IsNewAsync(model, store, ct);
        var publish = model["isPublished"]?.GetValueKind() == JsonValueKind.True;
        var saved = await definitions.SaveAsync(model, publish, ct);
        var json = DefinitionJson.Full(saved.Record);
        return isNew ? TypedResults.Created(Location(saved.Record), json) : TypedResults.Ok(json);
    }

    private static async Task<Results<Ok<SaveDefinitionResponse>, ProblemHttpResult>> PublishAsync(string definitionId, DefinitionService definitions, CancellationToken ct)
    {
        var saved = await definitions.PublishAsync(definitionId, ct);
        return saved is null
            ? ApiProblems.NotFound($"Workflow definition '{definitionId}' does not exist.")
            : TypedResults.Ok(new SaveDefinitionResponse(DefinitionJson.Full(saved.Record), saved.AlreadyPublished, 0));
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> RetractAsync(string definitionId, DefinitionService definitions, CancellationToken ct)
    {
        var retracted = await definitions.RetractAsync(definitionId, ct);
        return retracted is null
            ? ApiProblems.NotFound($"Workflow definition '{definitionId}' has no published version.")
            : TypedResults.Ok(DefinitionJson.Full(retracted));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string definitionId, DefinitionService definitions, CancellationToken ct) =>
        await definitions.DeleteAsync(definitionId, ct) > 0
            ? TypedResults.NoContent()
            : ApiProblems.NotFound($"Workflow definition '{definitionId}' does not exist.");

    private static async Task<Ok<BulkPublishResponse>> BulkPublishAsync(BulkPublishRequest request, DefinitionService definitions, CancellationToken ct)
    {
        var response = new BulkPublishResponse([], [], [], [], []);
        foreach (var id in request.DefinitionIds ?? [])
        {
            var saved = await definitions.PublishAsync(id, ct);
            (saved is null ? response.NotFound : saved.AlreadyPublished ? response.AlreadyPublished : response.Published).Add(id);
        }
        return TypedResults.Ok(response);
    }

    private static async Task<bool> IsNewAsync(JsonObject model, IWorkflowStore store, CancellationToken ct) =>
        model["definitionId"] is not JsonValue v || !v.TryGetValue<string>(out var id) || string.IsNullOrWhiteSpace(id)
        || await store.FindDefinitionAsync(id.Trim(), VersionOptions.AllVersions, ct) is null;

    private static string Location(DefinitionRecord record) =>
        $"{ElsaApi.Prefix}/workflow-definitions/by-definition-id/{Uri.EscapeDataString(record.DefinitionId)}";
}

/// <summary>Body of <c>POST /workflow-definitions</c> (documentation only: the body is read as raw JSON to name errors).</summary>
public sealed record SaveDefinitionRequest(JsonObject Model, bool Publish);

/// <summary>Body of the bulk publish action.</summary>
public sealed record BulkPublishRequest(IReadOnlyList<string>? DefinitionIds);

/// <summary>Answer of the bulk publish action (Elsa's shape).</summary>
public sealed record BulkPublishResponse(List<string> Published, List<string> AlreadyPublished, List<string> NotFound, List<string> Skipped, List<string> UpdatedConsumers);
