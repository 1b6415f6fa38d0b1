using CongVu.Engine.Expressions;
using CongVu.Engine.Model;

namespace CongVu.Engine.Execution;

/// <summary>Variables of an instance, stored as JSON in its state and seen as plain CLR values by expressions.</summary>
internal sealed class WorkflowVariableScope(WorkflowState state, WorkflowGraph graph) : IVariableScope
{
    public bool TryGet(string name, out object? value)
    {
        if (state.Variables.TryGetValue(graph.ResolveVariableName(name), out var node))
        {
            value = ValueConverter.ToClr(node);
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>Stores the value, converted to the variable's declared type (Int32, Boolean, ...) when it has one.</summary>
    public void Set(string name, object? value)
    {
        var resolved = graph.ResolveVariableName(name);
        var declared = graph.Variables.FirstOrDefault(v => v.Name == resolved);
        state.Variables[resolved] = ValueConverter.ToNode(VariableTypes.Coerce(value, declared?.TypeName, resolved));
    }

    public IReadOnlyCollection<string> Names => state.Variables.Keys;
}
