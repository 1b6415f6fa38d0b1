using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Engine.Activities.Flow;

/// <summary>Takes the port of the first (or every) case whose condition holds, else "Default".</summary>
[Activity("Elsa", "FlowSwitch", "Flow", DisplayName = "Switch", Description = "Takes the port of the matching case(s).", Outcomes = ["Default"])]
public sealed class FlowSwitch : Activity
{
    private List<(string Label, Expression Condition)> _cases = [];

    [Input(DisplayName = "Mode", UIHint = UIHints.Dropdown, Options = ["MatchFirst", "MatchAny"], DefaultValue = "MatchFirst")]
    public Input<string>? Mode { get; set; }

    public override IReadOnlyList<string> Ports => [.. _cases.Select(c => c.Label), "Default"];

    protected internal override void Load(ActivityLoadContext load)
    {
        foreach (var c in (load.Json["cases"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var label = c["label"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(label))
            {
                load.Error("A switch case has no label.");
                continue;
            }
            var condition = ReadCondition(c["condition"]);
            load.ValidateExpression($"Case '{label}'", condition);
            _cases.Add((label, condition));
        }
    }

    /// <summary>Elsa stores a case condition as a bare expression <c>{ "type", "value" }</c>; the input shape is accepted too.</summary>
    private static Expression ReadCondition(JsonNode? node) =>
        node is JsonObject o && o["expression"] is null && o["type"] is JsonValue type && type.TryGetValue<string>(out var language)
            ? new Expression(language, o["value"]?.DeepClone())
            : WorkflowLoader.ReadExpression(node) ?? Expression.Literal(false);

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var matchAny = string.Equals(await context.EvaluateAsync(Mode), "MatchAny", StringComparison.OrdinalIgnoreCase);
        var matched = new List<string>();
        foreach (var (label, condition) in _cases)
        {
            var value = await context.Environment.Expressions.EvaluateAsync(condition, typeof(bool), context.ExpressionContext(), context.CancellationToken);
            if (value is not true) continue;
            matched.Add(label);
            if (!matchAny) break;
        }
        context.Complete(matched.Count == 0 ? ["Default"] : matched);
    }
}
