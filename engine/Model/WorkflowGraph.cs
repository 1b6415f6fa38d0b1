using System.Text.Json.Nodes;
using CongVu.Engine.Activities;

namespace CongVu.Engine.Model;

/// <summary>A loaded, validated definition version ready to run: activity objects indexed by node id.</summary>
public sealed class WorkflowGraph
{
    public required string DefinitionId { get; init; }
    public required string VersionId { get; init; }
    public required int Version { get; init; }
    public string? Name { get; init; }
    public required Activity Root { get; init; }
    public required IReadOnlyDictionary<string, Activity> ByNodeId { get; init; }
    public required IReadOnlyList<VariableDefinition> Variables { get; init; }

    public Activity GetActivity(string nodeId) =>
        ByNodeId.TryGetValue(nodeId, out var a) ? a : throw new InvalidOperationException($"Activity node '{nodeId}' is not in version {VersionId}.");

    /// <summary>Resolves a variable reference (id or name) to the variable's name.</summary>
    public string ResolveVariableName(string idOrName) =>
        Variables.FirstOrDefault(v => v.Id == idOrName)?.Name ?? idOrName;

    public IEnumerable<Activity> AllActivities => ByNodeId.Values;
}

/// <summary>A workflow variable as declared in the definition.</summary>
public sealed record VariableDefinition(string Id, string Name, string TypeName, JsonNode? Value);

/// <summary>One problem found in a definition, tied to the activity where it is.</summary>
public sealed record DefinitionError(string? ActivityId, string Message)
{
    public override string ToString() => ActivityId is null ? Message : $"{ActivityId}: {Message}";
}
