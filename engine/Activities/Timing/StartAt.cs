using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Engine.Activities.Timing;

/// <summary>Waits until a given date and time (local time of the engine's zone when no offset is given).</summary>
[Activity("Elsa", "StartAt", "Scheduling", DisplayName = "Start At", Description = "Waits until a moment; can start the workflow then.", Kind = ActivityKind.Trigger)]
public sealed class StartAt : TimedActivity
{
    [Input(DisplayName = "Date and time", UIHint = UIHints.DateTimePicker, Required = true)]
    public Input<string>? DateTime { get; set; }

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.IsTriggerOfWorkflow)
        {
            context.Complete();
            return;
        }
        CompleteOrWait(context, LocalTime.Parse(await context.EvaluateAsync(DateTime), context.Environment.TimeZone));
    }

    protected internal override async ValueTask<TriggerSpec?> GetTriggerAsync(ActivityEvaluation evaluation)
    {
        var at = LocalTime.Parse(await evaluation.EvaluateAsync(DateTime), evaluation.Environment.TimeZone);
        return at is { } due && due > evaluation.Now ? TriggerSpec.ForSchedule(due) : null;
    }
}
