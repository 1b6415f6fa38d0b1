using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Engine.Activities.Flow;

/// <summary>Merges branches: continues on the first arrival (WaitAny, Elsa's default) or when all inbound branches arrived (WaitAll).</summary>
[Activity("Elsa", "FlowJoin", "Flow", DisplayName = "Join", Description = "Merges branches: continues on the first arrival or when all have arrived.")]
public sealed class FlowJoin : Activity
{
    [Input(DisplayName = "Mode", UIHint = UIHints.Dropdown, Options = ["WaitAny", "WaitAll"], DefaultValue = "WaitAny")]
    public Input<string>? Mode { get; set; }

    private string ModeText => ActivityLoadContext.LiteralText(Mode) ?? "WaitAny";

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return default;
    }

    /// <summary>Records an arrival in the flowchart's state; true when the join should run now.</summary>
    internal bool Arrive(ActivityExecutionContext flowchartContext, Flowchart flowchart, Connection connection)
    {
        var joins = flowchartContext.Properties["joins"] as JsonObject ?? [];
        flowchartContext.Properties["joins"] = joins;
        var arrived = joins[Id] as JsonArray ?? [];
        joins[Id] = arrived;
        if (!arrived.Any(a => a?.GetValue<string>() == connection.Key)) arrived.Add(connection.Key);
        var inbound = flowchart.Inbound(this).Select(c => c.Key).ToHashSet();
        var all = inbound.All(k => arrived.Any(a => a?.GetValue<string>() == k));
        if (WaitsForAny)
        {
            // The first branch continues and the flowchart cancels the others (as Elsa does), so the next arrival
            // starts a new round: a join inside a loop fires once per pass.
            joins.Remove(Id);
            return true;
        }
        if (all) joins.Remove(Id);
        return all;
    }

    internal bool WaitsForAny => string.Equals(ModeText, "WaitAny", StringComparison.OrdinalIgnoreCase);
}
