using CongVu.Engine.Execution;
using CongVu.Engine.Model;

namespace CongVu.Engine.Activities.Timing;

/// <summary>Waits for a duration.</summary>
[Activity("Elsa", "Delay", "Scheduling", Description = "Chờ trong một khoảng thời gian.")]
public sealed class Delay : TimedActivity
{
    [Input(DisplayName = "Khoảng thời gian", Description = "Ví dụ 00:05:00 (5 phút) hoặc 2.00:00:00 (2 ngày).", Required = true)]
    public Input<TimeSpan>? TimeSpan { get; set; }

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var span = await context.EvaluateAsync(TimeSpan);
        CompleteOrWait(context, context.Now + span);
    }
}

/// <summary>Fires after an interval; as a trigger, starts the workflow repeatedly at that interval.</summary>
[Activity("Elsa", "Timer", "Scheduling", Description = "Hẹn giờ lặp lại; có thể khởi động quy trình định kỳ.", Kind = ActivityKind.Trigger)]
public sealed class Timer : TimedActivity
{
    [Input(DisplayName = "Chu kỳ", Description = "Ví dụ 01:00:00 (mỗi giờ).", Required = true)]
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
