using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;

namespace CongVu.Engine.Activities.Primitives;

/// <summary>Waits for a named event (<c>POST /events/{name}/trigger</c>); as a trigger, starts the workflow.</summary>
[Activity("Elsa", "Event", "Primitives", Description = "Waits for a named event; can start the workflow.", Kind = ActivityKind.Trigger)]
public sealed class Event : Activity
{
    public const string TypeName = "Elsa.Event";

    [Input(DisplayName = "Event name", Required = true)]
    public Input<string>? EventName { get; set; }

    [Output(DisplayName = "Event payload")]
    public Output<object>? Result { get; set; }

    public static Stimulus StimulusFor(string eventName) => new(TypeName, new JsonObject { ["eventName"] = eventName });

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.IsTriggerOfWorkflow)
        {
            context.SetOutput(Result, ValueConverter.ToClr(context.Workflow.State.Input.GetValueOrDefault("payload")));
            context.Complete();
            return;
        }
        var name = await context.EvaluateAsync(EventName) ?? throw new InvalidOperationException("Event name is empty.");
        context.CreateBookmark(StimulusFor(name));
    }

    protected internal override ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        context.SetOutput(Result, ValueConverter.ToClr(context.ResumeInput?["payload"]));
        context.Complete();
        return default;
    }

    protected internal override async ValueTask<TriggerSpec?> GetTriggerAsync(ActivityEvaluation evaluation)
    {
        var name = await evaluation.EvaluateAsync(EventName);
        return name is null ? null : TriggerSpec.ForStimulus(StimulusFor(name));
    }
}
