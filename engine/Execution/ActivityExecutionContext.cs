using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;

namespace CongVu.Engine.Execution;

/// <summary>One execution of one activity: evaluates its inputs, creates bookmarks, schedules children, completes.</summary>
public sealed class ActivityExecutionContext
{
    internal ActivityExecutionContext(WorkflowExecutionContext workflow, ActivityContextState state, Activity activity)
    {
        Workflow = workflow;
        State = state;
        Activity = activity;
    }

    internal ActivityContextState State { get; }
    public WorkflowExecutionContext Workflow { get; }
    public Activity Activity { get; }
    public string Id => State.Id;
    public ActivityStatus Status => State.Status;

    /// <summary>Per-execution state the activity keeps across bursts (loop index, join arrivals).</summary>
    public JsonObject Properties => State.Properties;

    public ActivityExecutionContext? Parent => State.ParentId is null ? null : Workflow.FindContext(State.ParentId);
    public IEnumerable<ActivityExecutionContext> Children => Workflow.ActivityContexts.Where(c => c.State.ParentId == Id);

    /// <summary>The bookmark being resumed, while <see cref="Activity.ResumeAsync"/> runs.</summary>
    public BookmarkState? ResumedBookmark { get; internal set; }

    /// <summary>Input delivered with the resume (event payload, form values, child output).</summary>
    public JsonObject? ResumeInput => ResumedBookmark?.ResumeInput;

    /// <summary>True when this execution is the trigger that started the instance.</summary>
    public bool IsTriggerOfWorkflow => Workflow.State.TriggerNodeId == Activity.NodeId && !Workflow.State.TriggerConsumed;

    public EngineEnvironment Environment => Workflow.Environment;
    public DateTimeOffset Now => Environment.Clock.UtcNow;
    public CancellationToken CancellationToken => Workflow.CancellationToken;

    public async ValueTask<T?> EvaluateAsync<T>(Input<T>? input)
    {
        if (input is null) return default;
        var value = await Environment.Expressions.EvaluateAsync(input.Expression, typeof(T), ExpressionContext(), CancellationToken);
        return value is null ? default : (T)value;
    }

    public ExpressionContext ExpressionContext() => new()
    {
        Variables = new ContextVariableScope(this),
        Input = Workflow.State.Input.ToDictionary(p => p.Key, p => ValueConverter.ToClr(p.Value)),
        WorkflowInstanceId = Workflow.State.Id,
        CorrelationId = Workflow.State.CorrelationId,
        ActivityId = Activity.Id,
        Services = Environment.Services,
    };

    public object? GetVariable(string nameOrId) => new ContextVariableScope(this).TryGet(nameOrId, out var v) ? v : null;

    public void SetVariable(string nameOrId, object? value) => new ContextVariableScope(this).Set(nameOrId, value);

    /// <summary>Gives this execution (and its descendants) its own value of a variable.</summary>
    public void SetLocal(string nameOrId, object? value)
    {
        var locals = Properties["locals"] as JsonObject ?? [];
        Properties["locals"] = locals;
        locals[Workflow.Graph.ResolveVariableName(nameOrId)] = Expressions.ValueConverter.ToNode(value);
    }

    /// <summary>Writes an output to the variable it is bound to, if any.</summary>
    public void SetOutput<T>(Output<T>? output, T? value)
    {
        if (output?.VariableId is { } variable) SetVariable(variable, value);
    }

    /// <summary>Suspends this activity until the stimulus arrives or, with <paramref name="dueAt"/>, until that time.</summary>
    public BookmarkState CreateBookmark(Stimulus stimulus, DateTimeOffset? dueAt = null, bool autoBurn = true)
    {
        var bookmark = new BookmarkState
        {
            Id = WorkflowExecutionContext.NewId(),
            ActivityType = stimulus.ActivityType,
            Hash = stimulus.Hash,
            ActivityId = Activity.Id,
            ActivityNodeId = Activity.NodeId,
            ContextId = Id,
            Payload = stimulus.Payload,
            DueAt = dueAt?.UtcDateTime,
            AutoBurn = autoBurn,
            CreatedAt = Workflow.UtcNow,
        };
        Workflow.AddBookmark(bookmark);
        return bookmark;
    }

    public IEnumerable<BookmarkState> Bookmarks => Workflow.State.Bookmarks.Where(b => b.ContextId == Id);

    /// <summary>Creates and schedules a child execution; the parent hears of its completion.</summary>
    public ActivityExecutionContext ScheduleChild(Activity child)
    {
        var context = Workflow.CreateContext(child, this);
        Workflow.Schedule(context);
        return context;
    }

    public void Complete(params string[] outcomes) => Complete((IReadOnlyList<string>)outcomes);

    /// <summary>Completes with the given ports (none given: "Done"), cancelling any remaining children.</summary>
    public void Complete(IReadOnlyList<string> outcomes)
    {
        if (State.Status is ActivityStatus.Completed or ActivityStatus.Canceled) return;
        foreach (var child in Children.ToList()) child.Cancel();
        foreach (var bookmark in Bookmarks.ToList()) Workflow.RemoveBookmark(bookmark);
        State.Status = ActivityStatus.Completed;
        var ports = outcomes.Count == 0 ? (IReadOnlyList<string>)["Done"] : outcomes;
        Workflow.AddJournal(this, "Completed", payload: new JsonObject { ["outcomes"] = new JsonArray(ports.Select(p => (JsonNode?)p).ToArray()) });
        if (Parent is { } parent)
            Workflow.Enqueue(new WorkItem { Kind = WorkKind.ChildCompleted, ContextId = parent.Id, ChildId = Id, ChildNodeId = Activity.NodeId, Outcomes = [.. ports] });
        else
            WorkflowRunner.FinishWorkflow(Workflow, WorkflowSubStatus.Finished);
    }

    /// <summary>Cancels this execution and everything under it, removing their bookmarks.</summary>
    public void Cancel()
    {
        foreach (var child in Children.ToList()) child.Cancel();
        foreach (var bookmark in Bookmarks.ToList()) Workflow.RemoveBookmark(bookmark);
        Workflow.State.Queue.RemoveAll(w => w.ContextId == Id);
        // A child that already completed (its parent is completing because of it) is only cleaned up, not cancelled.
        if (State.Status != ActivityStatus.Completed)
        {
            State.Status = ActivityStatus.Canceled;
            Workflow.AddJournal(this, "Canceled");
        }
        Workflow.RemoveContext(this);
    }

    public void Journal(string eventName, string? message = null, JsonObject? payload = null) =>
        Workflow.AddJournal(this, eventName, message, payload);
}
