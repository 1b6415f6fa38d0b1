using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;

namespace CongVu.Engine.Activities.Looping;

/// <summary>Runs its body for every item at once; each branch sees its own current item; completes when all are done.</summary>
[Activity("Elsa", "ParallelForEach", "Looping", DisplayName = "Parallel For Each", Description = "Runs the body for every item at once; done when all are done.")]
public sealed class ParallelForEach : LoopActivity
{
    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var items = await ReadItemsAsync(context);
        if (items.Count == 0 || Body is null)
        {
            context.Complete();
            return;
        }
        context.Properties["remaining"] = items.Count;
        foreach (var item in items)
        {
            var branch = context.Workflow.CreateContext(Body, context);
            if (CurrentValue?.VariableId is { } variable) branch.SetLocal(variable, ValueConverter.ToClr(item));
            branch.Properties["item"] = item?.DeepClone();
            context.Workflow.Schedule(branch);
        }
    }

    protected internal override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ChildCompletion child)
    {
        var remaining = context.Properties["remaining"]!.GetValue<int>() - 1;
        context.Properties["remaining"] = remaining;
        if (remaining <= 0) context.Complete();
        return default;
    }
}
