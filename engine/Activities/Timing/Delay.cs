using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Engine.Activities.Timing;

/// <summary>Waits for a duration.</summary>
[Activity("Elsa", "Delay", "Scheduling", Description = "Waits for a duration.")]
public sealed class Delay : TimedActivity
{
    [Input(DisplayName = "Duration", Description = "For example 00:05:00 (5 minutes) or 2.00:00:00 (2 days).", Required = true)]
    public Input<TimeSpan>? TimeSpan { get; set; }

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var span = await context.EvaluateAsync(TimeSpan);
        CompleteOrWait(context, context.Now + span);
    }
}

/// <summary>Fires after an interval; as a trigger, starts the workflow repeatedly at that interval.</summary>
[Activity("Elsa", "Timer", "Scheduling", Description = "Fires after an interval; can start the workflow repeatedly.", Kind = ActivityKind.Trigger)]
public sealed class Timer : TimedActivity
{
    [Input(DisplayName = "Interval", Description = "For example 01:00:00 (hourly).", Required = true)]
    public Input<TimeSpan>? Interval { get; set; }

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.IsTriggerOfWorkflow)
        {
            context.Complete();
            return;
        }
        CompleteOrWait(context, context.Now + await context.EvaluateAsync(Interval));
    }

    protected internal override async ValueTask<TriggerSpec?> GetTriggerAsync(ActivityEvaluation evaluation)
    {
        var interval = await evaluation.EvaluateAsync(Interval);
        return interval <= System.TimeSpan.Zero ? null : TriggerSpec.ForSchedule(evaluation.Now + interval);
    }
}
