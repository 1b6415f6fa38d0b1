using System.Text.Json;
using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;

namespace CongVu.Engine.Activities;

/// <summary>
/// Turns an Elsa 3 definition JSON into a runnable <see cref="WorkflowGraph"/>, collecting every problem
/// (unknown type, missing input, bad expression, dangling connection) instead of stopping at the first.
/// Assigns server node ids (<c>parent:child</c>) in the JSON as it goes, as Elsa Studio expects.
/// </summary>
public sealed class WorkflowLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ActivityRegistry _registry;
    private readonly ExpressionEvaluatorRegistry _expressions;
    private readonly Dictionary<string, Activity> _byNodeId = new(StringComparer.Ordinal);

    public WorkflowLoader(ActivityRegistry registry, ExpressionEvaluatorRegistry expressions)
    {
        _registry = registry;
        _expressions = expressions;
    }

    internal List<DefinitionError> Errors { get; } = [];

    internal IReadOnlyList<string> ValidateExpression(Expression expression) => _expressions.Validate(expression);

    /// <summary>Loads <paramref name="model"/> (a definition with a <c>root</c>); the graph is null when there are errors.</summary>
    public (WorkflowGraph? Graph, IReadOnlyList<DefinitionError> Errors) Load(JsonObject model, string definitionId, string versionId, int version)
    {
        Errors.Clear();
        _byNodeId.Clear();
        var variables = ReadVariables(model);
        if (model["root"] is not JsonObject rootJson)
        {
            Errors.Add(new DefinitionError(null, "The definition has no 'root' activity."));
            return (null, Errors.ToList());
        }
        var root = LoadActivity(rootJson, parent: null);
        if (root is null || Errors.Count > 0) return (null, Errors.ToList());
        var graph = new WorkflowGraph
        {
            DefinitionId = definitionId,
            VersionId = versionId,
            Version = version,
            Name = model["name"]?.GetValue<string>(),
            Root = root,
            ByNodeId = new Dictionary<string, Activity>(_byNodeId),
            Variables = variables,
        };
        return (graph, Errors.ToList());
    }

    private List<VariableDefinition> ReadVariables(JsonObject model)
    {
        var result = new List<VariableDefinition>();
        if (model["variables"] is not JsonArray array) return result;
        foreach (var v in array.OfType<JsonObject>())
        {
            var name = v["name"]?.GetValue<string>();
            var id = v["id"]?.GetValue<string>() ?? name;
            if (string.IsNullOrWhiteSpace(name) || id is null)
            {
                Errors.Add(new DefinitionError(null, "A variable has no name."));
                continue;
            }
            if (result.Any(r => r.Name == name)) Errors.Add(new DefinitionError(null, $"Variable '{name}' is declared twice."));
            var typeName = v["typeName"]?.GetValue<string>() ?? "Object";
            // Elsa stores initial values as text ("0" for an Int32), so they take the declared type here.
            JsonNode? value = null;
            try { value = ValueConverter.ToNode(VariableTypes.Coerce(v["value"]?.DeepClone(), typeName, name)); }
            catch (FormatException e) { Errors.Add(new DefinitionError(null, e.Message)); }
            result.Add(new VariableDefinition(id, name, typeName, value));
        }
        return result;
    }

    internal Activity? LoadActivity(JsonObject json, Activity? parent)
    {
        var type = json["type"]?.GetValue<string>();
        var id = json["id"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(id))
        {
            id = Guid.NewGuid().ToString("N")[..12];
            json["id"] = id;
        }
        if (string.IsNullOrWhiteSpace(type))
        {
            Errors.Add(new DefinitionError(id, "The activity has no 'type'."));
            return null;
        }
        if (!_registry.TryGet(type, out var descriptor))
        {
            Errors.Add(new DefinitionError(id, $"Unknown activity type '{type}'."));
            return null;
        }
        var activity = _registry.Create(descriptor);
        activity.Id = id;
        activity.Parent = parent;
        activity.Json = json;
        activity.Name = json["name"]?.GetValue<string>();
        activity.NodeId = parent is null ? $"Workflow1:{id}" : $"{parent.NodeId}:{id}";
        activity.CanStartWorkflow = json["customProperties"]?["canStartWorkflow"]?.GetValueKind() == JsonValueKind.True;
        json["nodeId"] = activity.NodeId;
        if (!_byNodeId.TryAdd(activity.NodeId, activity))
            Errors.Add(new DefinitionError(id, $"Activity id '{id}' is used twice in the same container."));
        BindInputs(activity, descriptor, json);
        BindOutputs(activity, descriptor, json);
        activity.Load(new ActivityLoadContext(this, activity, json));
        return activity;
    }

    private void BindInputs(Activity activity, ActivityDescriptor descriptor, JsonObject json)
    {
        foreach (var input in descriptor.Inputs)
        {
            var node = json[input.Name];
            if (!input.IsWrapped)
            {
                if (node is null)
                {
                    if (input.IsRequired) Errors.Add(new DefinitionError(activity.Id, $"Input '{input.Name}' is required."));
                    continue;
                }
                try { input.Property.SetValue(activity, node.Deserialize(input.ValueType, Json)); }
                catch (JsonException e) { Errors.Add(new DefinitionError(activity.Id, $"Input '{input.Name}' is malformed: {e.Message}")); }
                continue;
            }
            var expression = ReadExpression(node);
            if (expression is null || IsEmpty(expression))
            {
                if (input.IsRequired) Errors.Add(new DefinitionError(activity.Id, $"Input '{input.Name}' is required."));
                if (expression is null) continue;
            }
            foreach (var problem in _expressions.Validate(expression))
                Errors.Add(new DefinitionError(activity.Id, $"Input '{input.Name}' ({expression.Type}): {problem}"));
            var inputType = typeof(Input<>).MakeGenericType(input.ValueType);
            input.Property.SetValue(activity, Activator.CreateInstance(inputType, expression));
        }
    }

    private static void BindOutputs(Activity activity, ActivityDescriptor descriptor, JsonObject json)
    {
        foreach (var output in descriptor.Outputs)
        {
            var variableId = json[output.Name]?["memoryReference"]?["id"]?.GetValue<string>();
            if (variableId is null) continue;
            var outputType = typeof(Output<>).MakeGenericType(output.ValueType);
            output.Property.SetValue(activity, Activator.CreateInstance(outputType, variableId));
        }
    }

    /// <summary>Reads <c>{ typeName, expression: { type, value } }</c>; a bare JSON value counts as a literal.</summary>
    internal static Expression? ReadExpression(JsonNode? node)
    {
        if (node is null) return null;
        if (node is JsonObject o && o["expression"] is JsonObject e)
            return new Expression(e["type"]?.GetValue<string>() ?? ExpressionTypes.Literal, e["value"]?.DeepClone());
        if (node is JsonObject { Count: 0 }) return null;
        return new Expression(ExpressionTypes.Literal, node.DeepClone());
    }

    private static bool IsEmpty(Expression e) =>
        e.Value is null || (e.Value is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s));
}
