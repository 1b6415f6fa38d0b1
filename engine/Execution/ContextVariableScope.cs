using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;

namespace CongVu.Engine.Execution;

/// <summary>
/// Variables as seen from one activity execution: branch-local values (a parallel loop's current item)
/// shadow the workflow's variables of the same name; everything else is the workflow's.
/// </summary>
internal sealed class ContextVariableScope(ActivityExecutionContext context) : IVariableScope
{
    public bool TryGet(string name, out object? value)
    {
        var resolved = context.Workflow.Graph.ResolveVariableName(name);
        for (var c = context; c is not null; c = c.Parent)
        {
            if (c.Properties["locals"] is JsonObject locals && locals.TryGetPropertyValue(resolved, out var node))
            {
                value = ValueConverter.ToClr(node);
                return true;
            }
        }
        return context.Workflow.Variables.TryGet(name, out value);
    }

    public void Set(string name, object? value)
    {
        var resolved = context.Workflow.Graph.ResolveVariableName(name);
        for (var c = context; c is not null; c = c.Parent)
        {
            if (c.Properties["locals"] is JsonObject locals && locals.ContainsKey(resolved))
            {
                locals[resolved] = ValueConverter.ToNode(value);
                return;
            }
        }
        context.Workflow.Variables.Set(name, value);
    }

    public IReadOnlyCollection<string> Names => context.Workflow.Variables.Names;
}
