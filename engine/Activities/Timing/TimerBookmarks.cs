using System.Globalization;
using System.Text.Json.Nodes;
using CongVu.Engine.Execution;

namespace CongVu.Engine.Activities.Timing;

/// <summary>Shared behaviour of the timing activities: suspend until an instant, complete when it comes.</summary>
public abstract class TimedActivity : Activity
{
    /// <summary>Suspends until <paramref name="dueAt"/>; the scheduler resumes the bookmark then.</summary>
    protected static void WaitUntil(ActivityExecutionContext context, DateTimeOffset dueAt)
    {
        var payload = new JsonObject { ["resumeAt"] = dueAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) };
        context.CreateBookmark(new Stimulus(context.Activity.Type, payload), dueAt);
        context.Properties["dueAt"] = dueAt.UtcDateTime;
    }

    /// <summary>Completes at once when the instant is not in the future, otherwise waits.</summary>
    protected static void CompleteOrWait(ActivityExecutionContext context, DateTimeOffset? dueAt)
    {
        if (dueAt is null || dueAt <= context.Now) context.Complete();
        else WaitUntil(context, dueAt.Value);
    }
}
