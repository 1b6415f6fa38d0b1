using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;
using CongVu.Engine.Runtime;

namespace CongVu.Engine.Activities.Composition;

/// <summary>Runs another published workflow as a child; by default waits for it and takes its output.</summary>
[Activity("Elsa", "ExecuteWorkflow", "Composition", DisplayName = "Execute Workflow", Description = "Runs a child workflow and waits for its output.")]
public class ExecuteWorkflow : Activity
{
    public const string BookmarkType = "Elsa.ExecuteWorkflow";

    [Input(DisplayName = "Workflow", UIHint = UIHints.WorkflowDefinitionPicker, Required = true)]
    public Input<string>? WorkflowDefinitionId { get; set; }

    [Input(DisplayName = "Input", UIHint = UIHints.JsonEditor, DefaultSyntax = ExpressionTypes.Object)]
    public Input<object>? Input { get; set; }

    [Input(DisplayName = "Correlation id")]
    public Input<string>? CorrelationId { get; set; }

    [Input(DisplayName = "Wait for completion", UIHint = UIHints.Checkbox, DefaultValue = true)]
    public Input<bool?>? WaitForCompletion { get; set; }

    [Output(DisplayName = "Result")]
    public Output<object>? Result { get; set; }

    protected virtual bool WaitsByDefault => true;

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var definitionId = await context.EvaluateAsync(WorkflowDefinitionId) ?? throw new InvalidOperationException("No workflow definition id.");
        var wait = await context.EvaluateAsync(WaitForCompletion) ?? WaitsByDefault;
        var childId = WorkflowExecutionContext.NewId();
        string? bookmarkId = null;
        if (wait)
            bookmarkId = context.CreateBookmark(new Stimulus(BookmarkType, new JsonObject { ["childInstanceId"] = childId })).Id;
        var request = new StartWorkflowRequest
        {
            DefinitionId = definitionId,
            InstanceId = childId,
            CorrelationId = await context.EvaluateAsync(CorrelationId) ?? context.Workflow.State.CorrelationId,
            Input = ToObject(await context.EvaluateAsync(Input)),
            ParentInstanceId = context.Workflow.State.Id,
            ParentBookmarkId = bookmarkId,
        };
        context.Workflow.ScheduleWork(new ScheduledWork
        {
            Kind = ScheduledWorkKind.StartWorkflow,
            DueAt = context.Workflow.UtcNow,
            InstanceId = childId,
            DefinitionId = definitionId,
            Payload = request.ToJson(),
        });
        context.Properties["childInstanceId"] = childId;
        if (!wait) context.Complete();
    }

    protected internal override ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        if (context.ResumeInput?["error"]?.GetValue<string>() is { } error)
            throw new RestartActivityException($"The child workflow could not start: {error}");
        context.SetOutput(Result, ValueConverter.ToClr(context.ResumeInput?["output"]));
        context.Complete();
        return default;
    }

    private static JsonObject? ToObject(object? value) => ValueConverter.ToNode(value) as JsonObject;
}

/// <summary>Starts another workflow without waiting for it (unless asked to).</summary>
[Activity("Elsa", "DispatchWorkflow", "Composition", DisplayName = "Dispatch Workflow", Description = "Starts another workflow without waiting.")]
public sealed class DispatchWorkflow : ExecuteWorkflow
{
    protected override bool WaitsByDefault => false;
}
