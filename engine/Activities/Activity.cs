using System.Text.Json.Nodes;
using CongVu.Engine.Execution;

namespace CongVu.Engine.Activities;

/// <summary>
/// A node of a workflow graph. Instances are created once per loaded definition version (their
/// inputs hold expressions, not values) and shared by every execution, so they must stay stateless:
/// per-execution state lives in <see cref="ActivityExecutionContext.Properties"/>.
/// </summary>
public abstract class Activity
{
    public string Id { get; internal set; } = "";
    public string NodeId { get; internal set; } = "";
    public string Type { get; internal set; } = "";
    public string? Name { get; internal set; }
    public bool CanStartWorkflow { get; internal set; }
    public Activity? Parent { get; internal set; }
    public ActivityDescriptor Descriptor { get; internal set; } = null!;

    /// <summary>The activity's JSON as stored, for activity-specific properties.</summary>
    public JsonObject Json { get; internal set; } = [];

    /// <summary>Nested activities (a flowchart's nodes, a loop's body).</summary>
    public virtual IReadOnlyList<Activity> Children => [];

    /// <summary>Outbound ports; dynamic for activities whose ports come from their inputs.</summary>
    public virtual IReadOnlyList<string> Ports => Descriptor.Outcomes;

    /// <summary>Reads activity-specific JSON (nested activities, case lists) after inputs are bound.</summary>
    protected internal virtual void Load(ActivityLoadContext load) { }

    protected internal abstract ValueTask ExecuteAsync(ActivityExecutionContext context);

    /// <summary>Called when one of this activity's bookmarks is resumed. Default: complete on "Done".</summary>
    protected internal virtual ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return default;
    }

    /// <summary>Called when a child scheduled by this activity completes.</summary>
    protected internal virtual ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ChildCompletion child) => default;

    /// <summary>For trigger activities: what starts a workflow at this activity (an event, a schedule).</summary>
    protected internal virtual ValueTask<TriggerSpec?> GetTriggerAsync(ActivityEvaluation evaluation) => ValueTask.FromResult<TriggerSpec?>(null);

    public override string ToString() => $"{Type} ({Id})";
}
