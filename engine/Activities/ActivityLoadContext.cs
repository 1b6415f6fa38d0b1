using System.Text.Json.Nodes;
using CongVu.Engine.Model;

namespace CongVu.Engine.Activities;

/// <summary>Passed to <see cref="Activity.Load"/>: the activity's JSON and a way to load nested activities and report problems.</summary>
public sealed class ActivityLoadContext
{
    private readonly WorkflowLoader _loader;

    internal ActivityLoadContext(WorkflowLoader loader, Activity activity, JsonObject json)
    {
        _loader = loader;
        Activity = activity;
        Json = json;
    }

    public Activity Activity { get; }
    public JsonObject Json { get; }

    /// <summary>Loads a nested activity (returns null and reports an error when it cannot).</summary>
    public Activity? LoadChild(JsonObject json) => _loader.LoadActivity(json, Activity);

    public void Error(string message) => _loader.Errors.Add(new DefinitionError(Activity.Id, message));

    public void Error(string activityId, string message) => _loader.Errors.Add(new DefinitionError(activityId, message));

    /// <summary>Reports the problems of an expression the activity reads from its own JSON rather than from an input.</summary>
    public void ValidateExpression(string what, Expression expression)
    {
        foreach (var problem in _loader.ValidateExpression(expression)) Error($"{what} ({expression.Type}): {problem}");
    }

    /// <summary>The literal value of an input, for ports that depend on configuration (switch cases, fork branches).</summary>
    public static string? LiteralText(IInput? input) =>
        input?.Expression.Type is ExpressionTypes.Literal or ExpressionTypes.Object ? input.Expression.Text : null;
}
