namespace CongVu.Engine.Model;

/// <summary>An activity input bound to an expression; evaluated by the execution context.</summary>
public interface IInput
{
    Type ValueType { get; }
    Expression Expression { get; }
}

/// <summary>A typed activity input, stored in JSON as <c>{ typeName, expression: { type, value } }</c>.</summary>
public sealed class Input<T>(Expression expression) : IInput
{
    public Type ValueType => typeof(T);
    public Expression Expression { get; } = expression;
}

/// <summary>An activity output; when bound, its value is written to a workflow variable (Elsa's <c>memoryReference</c>).</summary>
public interface IOutput
{
    Type ValueType { get; }
    string? VariableId { get; }
}

/// <summary>A typed activity output.</summary>
public sealed class Output<T>(string? variableId) : IOutput
{
    public Type ValueType => typeof(T);
    public string? VariableId { get; } = variableId;
}
