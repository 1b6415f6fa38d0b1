using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Engine.Activities.Flow;

/// <summary>Takes the True or False port depending on a condition.</summary>
[Activity("Elsa", "FlowDecision", "Flow", DisplayName = "Decision", Description = "Takes True or False depending on a condition.", Outcomes = ["True", "False"])]
public sealed class FlowDecision : Activity
{
    [Input(DisplayName = "Condition", Description = "An expression returning true or false.", DefaultSyntax = ExpressionTypes.CSharp, Required = true)]
    public Input<bool>? Condition { get; set; }

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var result = await context.EvaluateAsync(Condition);
        context.Complete(result ? "True" : "False");
    }
}
