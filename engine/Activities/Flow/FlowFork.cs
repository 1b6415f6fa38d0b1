using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Engine.Activities.Flow;

/// <summary>Starts every named branch at once.</summary>
[Activity("Elsa", "FlowFork", "Flow", DisplayName = "Fork", Description = "Starts several branches at once.", Outcomes = [])]
public sealed class FlowFork : Activity
{
    [Input(DisplayName = "Branches", Description = "Branch names (one outbound port each).", UIHint = UIHints.DynamicOutcomes)]
    public Input<List<string>>? Branches { get; set; }

    public override IReadOnlyList<string> Ports =>
        (ActivityLoadContext.LiteralText(Branches) ?? "")
            .Trim('[', ']')
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(b => b.Trim('"'))
            .ToList();

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var branches = await context.EvaluateAsync(Branches) ?? [];
        context.Complete(branches);
    }
}
