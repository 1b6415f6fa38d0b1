using CongVu.Engine.Execution;
using CongVu.Engine.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CongVu.Engine.Activities.Primitives;

/// <summary>Writes a line of text to the log and the journal.</summary>
[Activity("Elsa", "WriteLine", "Primitives", DisplayName = "Write Line", Description = "Writes a line to the log and the journal.")]
public sealed class WriteLine : Activity
{
    [Input(DisplayName = "Text", UIHint = UIHints.MultiLine, DefaultSyntax = ExpressionTypes.Handlebars)]
    public Input<string>? Text { get; set; }

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var text = await context.EvaluateAsync(Text);
        context.Environment.Services.GetService<ILoggerFactory>()?.CreateLogger("Workflow").LogInformation("{InstanceId} {ActivityId}: {Text}", context.Workflow.State.Id, Id, text);
        context.Journal("Log", text);
        context.Complete();
    }
}

/// <summary>Sets one of the workflow's outputs (returned to callers and to a parent workflow).</summary>
[Activity("Elsa", "SetOutput", "Primitives", DisplayName = "Set Output", Description = "Sets one of the workflow outputs.")]
public sealed class SetOutput : Activity
{
    [Input(DisplayName = "Output name", Required = true)]
    public Input<string>? OutputName { get; set; }

    [Input(DisplayName = "Value")]
    public Input<object>? OutputValue { get; set; }

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var name = await context.EvaluateAsync(OutputName);
        if (string.IsNullOrWhiteSpace(name)) throw new InvalidOperationException("Output name is empty.");
        context.Workflow.State.Output[name] = Expressions.ValueConverter.ToNode(await context.EvaluateAsync(OutputValue));
        context.Complete();
    }
}
