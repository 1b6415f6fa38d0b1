using CongVu.Engine.Execution;
using CongVu.Engine.Model;
using CongVu.Engine.Scheduling.Time;

namespace CongVu.Engine.Activities.Timing;

/// <summary>Waits for the next time matching a cron expression (in the engine's time zone); as a trigger, starts the workflow on that schedule.</summary>
[Activity("Elsa", "Cron", "Scheduling", Description = "Waits for the next time matching a cron expression in the engine time zone; can start the workflow on that schedule.", Kind = ActivityKind.Trigger)]
public sealed class Cron : TimedActivity
{
    [Input(DisplayName = "Cron expression", Description = "5 fields: minute hour day month weekday, e.g. '0 8 * * MON'.", Required = true)]
    public Input<string>? CronExpression { get; set; }

    protected internal override void Load(ActivityLoadContext load)
    {
        if (ActivityLoadContext.LiteralText(CronExpression) is { } text && !CronSchedule.TryParse(text, out _, out var error))
            load.Error($"Input 'cronExpression': {error}");
    }

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.IsTriggerOfWorkflow)
        {
            context.Complete();
            return;
        }
        var schedule = CronSchedule.Parse(await context.EvaluateAsync(CronExpression) ?? "");
        CompleteOrWait(context, schedule.GetNextOccurrence(context.Now, context.Environment.TimeZone));
    }

    protected internal override async ValueTask<TriggerSpec?> GetTriggerAsync(ActivityEvaluation evaluation)
    {
        var schedule = CronSchedule.Parse(await evaluation.EvaluateAsync(CronExpression) ?? "");
        return TriggerSpec.ForSchedule(schedule.GetNextOccurrence(evaluation.Now, evaluation.Environment.TimeZone));
    }
}
