namespace CongVu.Engine.Expressions;

/// <summary>What an expression can see while it is evaluated: variables, workflow input and identity.</summary>
public sealed class ExpressionContext
{
    public required IVariableScope Variables { get; init; }
    public IReadOnlyDictionary<string, object?> Input { get; init; } = new Dictionary<string, object?>();
    public string WorkflowInstanceId { get; init; } = "";
    public string? CorrelationId { get; init; }
    public string? ActivityId { get; init; }
    public IServiceProvider? Services { get; init; }
}

/// <summary>Read/write access to workflow variables by name.</summary>
public interface IVariableScope
{
    bool TryGet(string name, out object? value);
    void Set(string name, object? value);
    IReadOnlyCollection<string> Names { get; }
}

/// <summary>A plain dictionary-backed scope, for tests and for evaluation outside a workflow.</summary>
public sealed class DictionaryVariableScope(IDictionary<string, object?>? values = null) : IVariableScope
{
    private readonly IDictionary<string, object?> _values = values ?? new Dictionary<string, object?>(StringComparer.Ordinal);
    public bool TryGet(string name, out object? value) => _values.TryGetValue(name, out value);
    public void Set(string name, object? value) => _values[name] = value;
    public IReadOnlyCollection<string> Names => _values.Keys.ToList();
}
