using System.Collections;
using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;

namespace CongVu.Engine.Activities.Looping;

/// <summary>Runs its body once per item, one after another.</summary>
[Activity("Elsa", "ForEach", "Looping", DisplayName = "For Each", Description = "Runs the body once per item, in order.")]
public sealed class ForEach : LoopActivity
{
    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var items = await ReadItemsAsync(context);
        context.Properties["items"] = items;
        context.Properties["index"] = 0;
        Next(context, items, 0);
    }

    protected internal override ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ChildCompletion child)
    {
        var items = (JsonArray)context.Properties["items"]!;
        var index = context.Properties["index"]!.GetValue<int>() + 1;
        context.Properties["index"] = index;
        Next(context, items, index);
        return default;
    }

    private void Next(ActivityExecutionContext context, JsonArray items, int index)
    {
        if (index >= items.Count || Body is null)
        {
            context.Complete();
            return;
        }
        context.SetOutput(CurrentValue, ValueConverter.ToClr(items[index]));
        context.ScheduleChild(Body);
    }
}

/// <summary>Base of the loops: an <c>items</c> input, a <c>body</c> activity and the current item as output.</summary>
public abstract class LoopActivity : Activity, IContainerActivity
{
    [Input(DisplayName = "Items", Description = "An expression returning a list.", DefaultSyntax = ExpressionTypes.CSharp, Required = true)]
    public Input<object>? Items { get; set; }

    [Output(DisplayName = "Current value")]
    public Output<object>? CurrentValue { get; set; }

    public Activity? Body { get; private set; }

    public override IReadOnlyList<Activity> Children => Body is null ? [] : [Body];

    protected internal override void Load(ActivityLoadContext load)
    {
        if (load.Json["body"] is JsonObject body) Body = load.LoadChild(body);
    }

    protected async Task<JsonArray> ReadItemsAsync(ActivityExecutionContext context)
    {
        var value = await context.EvaluateAsync(Items);
        return value switch
        {
            null => [],
            // Elsa Studio stores literal values as text, so a list typed into the designer arrives as "[\"a\",\"b\"]".
            string s when s.TrimStart().StartsWith('[') && TryParseArray(s) is { } parsed => parsed,
            string s => [s],
            JsonArray a => (JsonArray)a.DeepClone(),
            IEnumerable e => new JsonArray(e.Cast<object?>().Select(ValueConverter.ToNode).ToArray()),
            _ => [ValueConverter.ToNode(value)],
        };
    }

    private static JsonArray? TryParseArray(string text)
    {
        try { return JsonNode.Parse(text) as JsonArray; }
        catch (System.Text.Json.JsonException) { return null; }
    }
}
