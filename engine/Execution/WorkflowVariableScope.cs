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

    public void Set(string name, object? value) => state.Variables[graph.ResolveVariableName(name)] = ValueConverter.ToNode(value);

    public IReadOnlyCollection<string> Names => state.Variables.Keys;
}
