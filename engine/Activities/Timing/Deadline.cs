using CongVu.Engine.Execution;
using CongVu.Engine.Model;
using CongVu.Engine.Scheduling.Time;

namespace CongVu.Engine.Activities.Timing;

/// <summary>Waits until a deadline: a yearly date ("15/02"), a fixed date, or calendar/working days from now.</summary>
[Activity("CongVu", "Deadline", "Scheduling", DisplayName = "Deadline", Description = "Waits until a deadline: a yearly date (15/02), a fixed date, or calendar/working days from now.")]
public sealed class Deadline : TimedActivity
{
    [Input(DisplayName = "Due", Description = "For example 15/02 (yearly), 15/02/2027, 30 days, 15 working days, P2D.", Required = true)]
    public Input<string>? Due { get; set; }

    [Output(DisplayName = "Due at")]
    public Output<DateTimeOffset>? DueAt { get; set; }

    protected internal override void Load(ActivityLoadContext load)
    {
        if (ActivityLoadContext.LiteralText(Due) is { } text && !DeadlineSpec.TryParse(text, out _, out var error))
            load.Error($"Input 'due': {error}");
    }

    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var spec = DeadlineSpec.Parse(await context.EvaluateAsync(Due) ?? "");
        var environment = context.Environment;
        var due = spec.Resolve(context.Now, environment.TimeZone, environment.Calendar.Current);
        context.SetOutput(DueAt, due);
        CompleteOrWait(context, due);
    }
}
