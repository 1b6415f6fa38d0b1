using System.Text.Json.Nodes;

namespace CongVu.Engine.Execution;

/// <summary>Runs an instance's queue until it is empty, the instance finishes, or an activity faults.</summary>
public static class WorkflowRunner
{
    public static async Task RunAsync(WorkflowExecutionContext workflow)
    {
        var state = workflow.State;
        state.SubStatus = WorkflowSubStatus.Executing;
        while (state.Queue.Count > 0 && !workflow.IsFinished && !workflow.IsFaulted)
        {
            workflow.CancellationToken.ThrowIfCancellationRequested();
            var item = state.Queue[0];
            state.Queue.RemoveAt(0);
            if (workflow.FindContext(item.ContextId) is not { } context) continue;
            try
            {
                await RunItemAsync(workflow, context, item);
            }
            catch (Exception e) when (e is not OperationCanceledException and not ResumeRejectedException)
            {
                Fault(workflow, context, e, item);
            }
        }
        if (workflow.IsFinished || workflow.IsFaulted) return;
        state.SubStatus = state.Bookmarks.Count > 0 || state.ActivityContexts.Count > 0 ? WorkflowSubStatus.Suspended : WorkflowSubStatus.Finished;
        if (state.SubStatus == WorkflowSubStatus.Finished) FinishWorkflow(workflow, WorkflowSubStatus.Finished);
    }

    private static async Task RunItemAsync(WorkflowExecutionContext workflow, ActivityExecutionContext context, WorkItem item)
    {
        switch (item.Kind)
        {
            case WorkKind.Execute:
                context.State.Status = ActivityStatus.Running;
                context.Journal("Started");
                await context.Activity.ExecuteAsync(context);
                if (context.Activity.NodeId == workflow.State.TriggerNodeId) workflow.State.TriggerConsumed = true;
                MarkSuspendedIfWaiting(context);
                break;
            case WorkKind.Resume:
                var bookmark = workflow.State.Bookmarks.FirstOrDefault(b => b.Id == item.BookmarkId);
                if (bookmark is not null && bookmark.AutoBurn) workflow.RemoveBookmark(bookmark);
                bookmark ??= item.RetryBookmark;
                if (bookmark is null) return;
                item.RetryBookmark = bookmark;
                context.State.Status = ActivityStatus.Running;
                context.ResumedBookmark = bookmark;
                context.Journal("Resumed", payload: bookmark.ResumeInput?.DeepClone().AsObject());
                try { await context.Activity.ResumeAsync(context); }
                finally { context.ResumedBookmark = null; }
                MarkSuspendedIfWaiting(context);
                break;
            case WorkKind.ChildCompleted:
                var child = workflow.FindContext(item.ChildId!);
                if (child is null) return;
                await context.Activity.OnChildCompletedAsync(context, new ChildCompletion(child, item.Outcomes ?? []));
                workflow.RemoveContext(child);
                break;
        }
    }

    private static void MarkSuspendedIfWaiting(ActivityExecutionContext context)
    {
        if (context.State.Status == ActivityStatus.Running && context.Bookmarks.Any())
        {
            context.State.Status = ActivityStatus.Suspended;
            context.Journal("Suspended");
        }
    }

    private static void Fault(WorkflowExecutionContext workflow, ActivityExecutionContext context, Exception e, WorkItem item)
    {
        context.State.Status = ActivityStatus.Faulted;
        // Keep the failed work at the head of the queue so a retry repeats exactly that step.
        // A failed resume keeps its bookmark and input, so the retry resumes rather than waiting again.
        var restart = item.Kind == WorkKind.Execute || (item.Kind == WorkKind.Resume && e is RestartActivityException);
        workflow.State.Queue.Insert(0, restart ? new WorkItem { Kind = WorkKind.Execute, ContextId = context.Id } : item);
        // A step that runs again creates its bookmarks again; those of the failed run would otherwise wait (and fire) beside them.
        if (restart) foreach (var bookmark in context.Bookmarks.ToList()) workflow.RemoveBookmark(bookmark);
        workflow.AddIncident(context, e);
        workflow.AddJournal(context, "Faulted", e.Message, new JsonObject { ["exception"] = e.GetType().Name });
        workflow.State.SubStatus = WorkflowSubStatus.Faulted;
    }

    /// <summary>Ends the instance: removes every bookmark and pending work, and reports to a waiting parent.</summary>
    public static void FinishWorkflow(WorkflowExecutionContext workflow, WorkflowSubStatus subStatus)
    {
        var state = workflow.State;
        foreach (var bookmark in state.Bookmarks.ToList()) workflow.RemoveBookmark(bookmark);
        state.Queue.Clear();
        foreach (var context in workflow.ActivityContexts.ToList()) workflow.RemoveContext(context);
        state.Status = WorkflowStatus.Finished;
        state.SubStatus = subStatus;
        state.FinishedAt = workflow.UtcNow;
        if (state.ParentInstanceId is not null && state.ParentBookmarkId is not null)
        {
            var output = new JsonObject();
            foreach (var (k, v) in state.Output) output[k] = v?.DeepClone();
            workflow.ScheduleWork(new ScheduledWork
            {
                Kind = ScheduledWorkKind.ResumeBookmark,
                DueAt = workflow.UtcNow,
                InstanceId = state.ParentInstanceId,
                BookmarkId = state.ParentBookmarkId,
                Payload = new JsonObject { ["output"] = output, ["childInstanceId"] = state.Id, ["childSubStatus"] = subStatus.ToString() },
            });
        }
    }
}
