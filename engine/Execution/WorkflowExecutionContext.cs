using System.Text.Json.Nodes;
using CongVu.Engine.Activities;
using CongVu.Engine.Expressions;
using CongVu.Engine.Model;

namespace CongVu.Engine.Execution;

/// <summary>One execution burst of an instance: its state, graph, scheduler queue and pending commit.</summary>
public sealed class WorkflowExecutionContext
{
    private readonly Dictionary<string, ActivityExecutionContext> _contexts = new(StringComparer.Ordinal);

    public WorkflowExecutionContext(WorkflowState state, WorkflowGraph graph, EngineEnvironment environment, long revision, CancellationToken cancellationToken)
    {
        State = state;
        Graph = graph;
        Environment = environment;
        CancellationToken = cancellationToken;
        Commit = new WorkflowCommit { State = state, ExpectedRevision = revision };
        Variables = new WorkflowVariableScope(state, graph);
        foreach (var s in state.ActivityContexts)
            _contexts[s.Id] = new ActivityExecutionContext(this, s, graph.GetActivity(s.NodeId));
    }

    public WorkflowState State { get; }
    public WorkflowGraph Graph { get; }
    public EngineEnvironment Environment { get; }
    public CancellationToken CancellationToken { get; }
    public WorkflowCommit Commit { get; }
    public IVariableScope Variables { get; }
    public DateTime UtcNow => Environment.Clock.UtcNow.UtcDateTime;
    public bool IsFaulted => State.SubStatus == WorkflowSubStatus.Faulted;
    public bool IsFinished => State.Status == WorkflowStatus.Finished;

    public IEnumerable<ActivityExecutionContext> ActivityContexts => _contexts.Values;

    public ActivityExecutionContext? FindContext(string id) => _contexts.GetValueOrDefault(id);

    internal ActivityExecutionContext CreateContext(Activity activity, ActivityExecutionContext? parent)
    {
        var state = new ActivityContextState
        {
            Id = NewId(),
            NodeId = activity.NodeId,
            ParentId = parent?.Id,
            Status = ActivityStatus.Pending,
            StartedAt = UtcNow,
        };
        State.ActivityContexts.Add(state);
        var context = new ActivityExecutionContext(this, state, activity);
        _contexts[state.Id] = context;
        return context;
    }

    internal void RemoveContext(ActivityExecutionContext context)
    {
        _contexts.Remove(context.Id);
        State.ActivityContexts.Remove(context.State);
    }

    public void Schedule(ActivityExecutionContext context) =>
        State.Queue.Add(new WorkItem { Kind = WorkKind.Execute, ContextId = context.Id });

    internal void Enqueue(WorkItem item) => State.Queue.Add(item);

    internal void AddBookmark(BookmarkState bookmark)
    {
        State.Bookmarks.Add(bookmark);
        Commit.AddedBookmarks.Add(bookmark);
        if (bookmark.DueAt is { } due)
            Commit.AddedWork.Add(new ScheduledWork
            {
                Id = $"bm-{bookmark.Id}",
                Kind = ScheduledWorkKind.ResumeBookmark,
                DueAt = due,
                InstanceId = State.Id,
                BookmarkId = bookmark.Id,
            });
    }

    internal void RemoveBookmark(BookmarkState bookmark)
    {
        State.Bookmarks.Remove(bookmark);
        if (Commit.AddedBookmarks.Remove(bookmark))
        {
            Commit.AddedWork.RemoveAll(w => w.BookmarkId == bookmark.Id);
            return;
        }
        Commit.RemovedBookmarkIds.Add(bookmark.Id);
        if (bookmark.DueAt is not null) Commit.RemovedWorkIds.Add($"bm-{bookmark.Id}");
    }

    internal void AddJournal(ActivityExecutionContext context, string eventName, string? message = null, JsonObject? payload = null)
    {
        State.JournalSequence++;
        Commit.Journal.Add(new JournalEntry(
            NewId(), State.Id, State.JournalSequence, UtcNow, context.Activity.Id, context.Activity.NodeId,
            context.Activity.Type, context.Id, eventName, message, payload));
    }

    internal void AddIncident(ActivityExecutionContext context, Exception exception)
    {
        var incident = new IncidentState
        {
            Id = NewId(),
            ActivityId = context.Activity.Id,
            ActivityNodeId = context.Activity.NodeId,
            ActivityType = context.Activity.Type,
            ContextId = context.Id,
            Message = exception.Message,
            ExceptionType = exception.GetType().Name,
            StackTrace = exception.StackTrace,
            Timestamp = UtcNow,
        };
        State.Incidents.Add(incident);
        Commit.NewIncidents.Add(incident);
    }

    /// <summary>Schedules durable work (a start, a resume) committed with this burst.</summary>
    public void ScheduleWork(ScheduledWork work) => Commit.AddedWork.Add(work);

    public static string NewId() => Guid.CreateVersion7().ToString("N");
}
