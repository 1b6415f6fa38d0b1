using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Engine.Activities.Flow;

/// <summary>Takes the True or False port depending on a condition.</summary>
[Activity("Elsa", "FlowDecision", "Flow", DisplayName = "Decision", Description = "Rẽ nhánh Đúng/Sai theo một điều kiện.", Outcomes = ["True", "False"])]
public sealed class FlowDecision : Activity
{
    [Input(DisplayName = "Điều kiện", Description = "Biểu thức trả về true hoặc false.", DefaultSyntax = ExpressionTypes.CSharp, Required = true)]
    public Input<bool>? Condition { get; set; }

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var result = await context.EvaluateAsync(Condition);
        context.Complete(result ? "True" : "False");
    }
}
