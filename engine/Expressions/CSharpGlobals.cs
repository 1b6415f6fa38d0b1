namespace CongVu.Engine.Expressions;

/// <summary>The members a C# expression can use directly: <c>Variables</c>, <c>Input</c>, <c>GetVariable</c> and the workflow's identity.</summary>
public sealed class CSharpGlobals
{
    private readonly ExpressionContext _context;

    internal CSharpGlobals(ExpressionContext context)
    {
        _context = context;
        Variables = new DynamicVariables(context.Variables);
        Input = new DynamicInput(context.Input);
    }

    /// <summary>Workflow variables by name, readable and writable: <c>Variables.Count + 1</c>, <c>Variables.Approved = true</c>.</summary>
    public dynamic Variables { get; }

    /// <summary>The workflow input by name; a missing entry reads as null.</summary>
    public dynamic Input { get; }

    public string WorkflowInstanceId => _context.WorkflowInstanceId;

    public string? CorrelationId => _context.CorrelationId;

    /// <summary>Reads a variable converted to <typeparamref name="T"/>; a missing variable gives the default.</summary>
    public T? GetVariable<T>(string name) =>
        _context.Variables.TryGet(name, out var value) ? (T?)ValueConverter.Convert(value, typeof(T)) : default;

    public void SetVariable(string name, object? value) => _context.Variables.Set(name, value);
}
