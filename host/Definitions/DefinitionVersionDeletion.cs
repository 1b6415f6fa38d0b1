using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Host.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CongVu.Host.Definitions;

/// <summary>Elsa's delete-version: removes one version and keeps the definition's latest and published flags true to what remains.</summary>
internal static class DefinitionVersionDeletion
{
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteVersionAsync(
        string definitionId, int version, IWorkflowStore store, GraphCache graphs, CancellationToken ct)
    {
        var record = await store.FindDefinitionAsync(definitionId, new VersionOptions("Specific", version), ct);
        if (record is null) return ApiProblems.NotFound($"Workflow definition '{definitionId}' has no version {version}.");
        await store.DeleteDefinitionAsync(definitionId, record.Id, ct);
        graphs.Invalidate(record.Id);
        if (record.IsPublished)
        {
            // The published version is gone: nothing may start from its triggers any more.
            await store.SaveDefinitionsAsync([], new DefinitionTriggers(definitionId, [], []), ct);
        }
        if (record.IsLatest && await store.FindDefinitionAsync(definitionId, VersionOptions.AllVersions, ct) is { } previous)
        {
            previous.IsLatest = true;
            await store.SaveDefinitionsAsync([previous], null, ct);
            graphs.Invalidate(previous.Id);
        }
        return TypedResults.NoContent();
    }
}
