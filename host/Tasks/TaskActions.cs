using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Runtime;
using CongVu.Engine.Scheduling.Time;
using CongVu.Engine.Tasks;
using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Tasks;

/// <summary>
/// What people do with tasks (see, complete, claim, release, reassign, delegate), with the permission checks; the inbox
/// pages call this and show its Vietnamese messages. Completing resumes the workflow with the UserTask contract.
/// </summary>
public sealed partial class TaskActions(
    ITaskStore tasks,
    WorkflowRuntime runtime,
    IDbContextFactory<PeopleDbContext> people,
    IHumanTaskNotifier notifier,
    IClock clock)
{
    public async Task<bool> CanSeeAsync(string userId, HumanTaskRecord task, CancellationToken ct = default) =>
        await LoadActorAsync(userId, ct) is { } actor && actor.CanSee(task);

    public async Task<bool> CanActAsync(string userId, HumanTaskRecord task, CancellationToken ct = default) =>
        await LoadActorAsync(userId, ct) is { } actor && actor.CanAct(task);

    /// <summary>The user's task profile (unit, roles, headed and supervised units), for pages that filter many tasks at once.</summary>
    public async Task<TaskActor?> LoadActorAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await people.CreateDbContextAsync(ct);
        return await TaskActor.LoadAsync(db, userId, ct);
    }

    /// <summary>Completes a task with an outcome; refused values come back as field errors and change nothing.</summary>
    public async Task<TaskActionResult> CompleteAsync(string userId, string taskId, string outcome, string? comment, JsonObject? values,
        string? idempotencyKey = null, CancellationToken ct = default)
    {
        var task = await tasks.FindTaskAsync(taskId, ct);
        if (task is null) return TaskActionResult.NotFound();
        if (task.Status != HumanTaskStatus.Open) return AlreadyDone(task, userId, outcome);
        if (await LoadActorAsync(userId, ct) is not { } actor) return TaskActionResult.Forbidden(TaskTexts.UnknownActor);
        if (!actor.CanAct(task)) return TaskActionResult.Forbidden(task.SubmitterUserId == userId ? TaskTexts.FourEyes : TaskTexts.NotAssigned);
        var input = new TaskResumeInput(outcome, comment, userId, values).ToJson();
        try
        {
            if (await runtime.ResumeAsync(taskId, input, idempotencyKey, ct) is not null) return TaskActionResult.Ok();
        }
        catch (ResumeRejectedException e)
        {
            return TaskActionResult.Invalid(e.Problems);
        }
        // Someone (or this same request, delivered twice) was faster: the task is done or gone.
        return await tasks.FindTaskAsync(taskId, ct) is { } after ? AlreadyDone(after, userId, outcome) : TaskActionResult.NotFound();
    }

    /// <summary>A repeated completion by the same person with the same outcome succeeds without acting twice.</summary>
    private static TaskActionResult AlreadyDone(HumanTaskRecord task, string userId, string outcome) =>
        task.Status == HumanTaskStatus.Completed && task.CompletedBy == userId && task.Outcome == outcome
            ? TaskActionResult.Ok()
            : TaskActionResult.Conflict(TaskTexts.TaskClosed);

    private HumanTaskEventRecord Line(HumanTaskRecord task, string kind, string userId, string? comment = null, JsonObject? data = null) =>
        UserTask.HistoryLine(task, kind, clock.UtcNow.UtcDateTime, userId, comment, data);
}
