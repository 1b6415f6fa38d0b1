using System.Text;
using System.Text.Json.Nodes;
using CongVu.Engine.Persistence;
using CongVu.Host.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CongVu.Host.Definitions;

/// <summary>Reading workflow definitions: list, one version, versions, name check, export.</summary>
public static class WorkflowDefinitionsApi
{
    public static RouteGroupBuilder MapWorkflowDefinitionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workflow-definitions").WithTags("Workflow definitions");
        group.MapGet("/", ListAsync);
        group.MapGet("/by-definition-id/{definitionId}", GetByDefinitionIdAsync);
        group.MapGet("/by-id/{id}", GetByIdAsync);
        group.MapGet("/{definitionId}/versions", ListVersionsAsync);
        group.MapGet("/validation/is-name-unique", IsNameUniqueAsync);
        group.MapGet("/{definitionId}/export", ExportAsync);
        return api;
    }

    private static async Task<Ok<DefinitionList>> ListAsync([AsParameters] DefinitionListQuery query, IWorkflowStore store, CancellationToken ct)
    {
        var page = await store.ListDefinitionsAsync(query.ToStoreQuery(), ct);
        return TypedResults.Ok(new DefinitionList(page.Items.Select(DefinitionJson.Summary).ToList(), page.TotalCount, DefinitionJson.ListLinks));
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GetByDefinitionIdAsync(
        string definitionId, string? versionOptions, IWorkflowStore store, CancellationToken ct)
    {
        var record = await store.FindDefinitionAsync(definitionId, ApiValues.ParseVersion(versionOptions, VersionOptions.Latest), ct);
        return record is null
            ? ApiProblems.NotFound($"Workflow definition '{definitionId}' has no {versionOptions ?? "latest"} version.")
            : TypedResults.Ok(DefinitionJson.Full(record));
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GetByIdAsync(string id, IWorkflowStore store, CancellationToken ct)
    {
        var record = await store.FindDefinitionVersionAsync(id, ct);
        return record is null ? ApiProblems.NotFound($"Workflow definition version '{id}' does not exist.") : TypedResults.Ok(DefinitionJson.Full(record));
    }

    private static async Task<Results<Ok<DefinitionList>, ProblemHttpResult>> ListVersionsAsync(string definitionId, IWorkflowStore store, CancellationToken ct)
    {
        var page = await store.ListDefinitionsAsync(new DefinitionQuery
        {
            Version = VersionOptions.AllVersions,
            DefinitionIds = [definitionId],
            OrderBy = "Version",
            Descending = true,
            Take = int.MaxValue,
        }, ct);
        if (page.TotalCount == 0) return ApiProblems.NotFound($"Workflow definition '{definitionId}' does not exist.");
        return TypedResults.Ok(new DefinitionList(page.Items.Select(DefinitionJson.Summary).ToList(), page.TotalCount, []));
    }

    private static async Task<Ok<NameUniqueResponse>> IsNameUniqueAsync(string name, string? definitionId, IWorkflowStore store, CancellationToken ct)
    {
        // Compared here, not in SQL: SQLite's lower() folds ASCII only, and names are Vietnamese.
        var candidates = await store.ListDefinitionsAsync(new DefinitionQuery { Version = VersionOptions.LatestOrPublished, Take = int.MaxValue }, ct);
        var taken = candidates.Items.Any(d => d.DefinitionId != definitionId && string.Equals(d.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
        return TypedResults.Ok(new NameUniqueResponse(!taken));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        string definitionId, string? versionOptions, IWorkflowStore store, CancellationToken ct)
    {
        var record = await store.FindDefinitionAsync(definitionId, ApiValues.ParseVersion(versionOptions, VersionOptions.Latest), ct);
        if (record is null) return ApiProblems.NotFound($"Workflow definition '{definitionId}' does not exist.");
        var json = DefinitionJson.Full(record);
        json.Remove("links");
        var bytes = Encoding.UTF8.GetBytes(json.ToJsonString(ExportJson.Options));
        return TypedResults.File(bytes, "application/json", $"{record.DefinitionId}.json");
    }
}

/// <summary>Answer of the name check.</summary>
public sealed record NameUniqueResponse(bool IsUnique);
