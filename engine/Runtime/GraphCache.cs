using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using CongVu.Engine.Persistence;

namespace CongVu.Engine.Runtime;

/// <summary>Loaded graphs by definition version; a published version never changes, so it is loaded once.</summary>
public sealed class GraphCache(ActivityRegistry registry, ExpressionEvaluatorRegistry expressions, IWorkflowStore store)
{
    private readonly ConcurrentDictionary<string, (DateTime UpdatedAt, WorkflowGraph Graph)> _graphs = new(StringComparer.Ordinal);

    public WorkflowGraph Get(DefinitionRecord record)
    {
        if (_graphs.TryGetValue(record.Id, out var cached) && cached.UpdatedAt == record.UpdatedAt) return cached.Graph;
        var graph = Load(record);
        _graphs[record.Id] = (record.UpdatedAt, graph);
        return graph;
    }

    public async Task<WorkflowGraph> GetAsync(string versionId, CancellationToken ct)
    {
        if (_graphs.TryGetValue(versionId, out var cached)) return cached.Graph;
        var record = await store.FindDefinitionVersionAsync(versionId, ct)
            ?? throw new WorkflowNotFoundException($"Definition version '{versionId}' does not exist.");
        return Get(record);
    }

    public void Invalidate(string versionId) => _graphs.TryRemove(versionId, out _);

    private WorkflowGraph Load(DefinitionRecord record)
    {
        var model = JsonNode.Parse(record.Data)!.AsObject();
        var (graph, errors) = new WorkflowLoader(registry, expressions).Load(model, record.DefinitionId, record.Id, record.Version);
        return graph ?? throw new DefinitionValidationException(errors);
    }
}

/// <summary>A definition with problems; each names the activity and the problem.</summary>
public sealed class DefinitionValidationException(IReadOnlyList<DefinitionError> errors)
    : Exception("The workflow definition is invalid: " + string.Join("; ", errors))
{
    public IReadOnlyList<DefinitionError> Errors { get; } = errors;
}
