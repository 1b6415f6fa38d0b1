using System.Text.Json.Nodes;
using CongVu.Engine.Tasks;

namespace CongVu.Host.Tasks;

public sealed partial class TaskActions
{
    /// <summary>Takes an unclaimed group task; of two people claiming at once, one wins and the other is told.</summary>
    public async Task<TaskActionResult> ClaimAsync(string userId, string taskId, CancellationToken ct = default)
    {
        var task = await tasks.FindTaskAsync(taskId, ct);
        if (task is null) return TaskActionResult.NotFound();
        if (task.Status != HumanTaskStatus.Open) return TaskActionResult.Conflict(TaskTexts.TaskClosed);
        if (task.AssigneeUserId is { } holder) return TaskActionResult.Conflict(holder == userId ? TaskTexts.AlreadyClaimedByYou : TaskTexts.ClaimedByOther);
        if (await LoadActorAsync(userId, ct) is not { } actor) return TaskActionResult.Forbidden(TaskTexts.UnknownActor);
        if (!actor.CanAct(task)) return TaskActionResult.Forbidden(task.SubmitterUserId == userId ? TaskTexts.FourEyes : TaskTexts.NotCandidate);
        var claimed = await tasks.ChangeAssigneeAsync(taskId, null, userId, Line(task, HumanTaskEventKind.Claimed, userId), [], ct);
        return claimed ? TaskActionResult.Ok() : TaskActionResult.Conflict(TaskTexts.ClaimedByOther);
    }

    /// <summary>Gives a claimed group task back to its candidates.</summary>
    public async Task<TaskActionResult> ReleaseAsync(string userId, string taskId, CancellationToken ct = default)
    {
        var task = await tasks.FindTaskAsync(taskId, ct);
        if (task is null) return TaskActionResult.NotFound();
        if (task.Status != HumanTaskStatus.Open) return TaskActionResult.Conflict(TaskTexts.TaskClosed);
        if (task.AssigneeUserId != userId || !TaskUserList.Split(task.CandidateUsers).Any(c => c != userId))
            return TaskActionResult.Forbidden(TaskTexts.CannotRelease);
        var released = await tasks.ChangeAssigneeAsync(taskId, userId, null, Line(task, HumanTaskEventKind.Released, userId), [], ct);
        return released ? TaskActionResult.Ok() : TaskActionResult.Conflict(TaskTexts.ChangedMeanwhile);
    }

    /// <summary>Hands the task to another person (by the holder, the unit head or an admin), with the reason in its history.</summary>
    public Task<TaskActionResult> ReassignAsync(string actorUserId, string taskId, string toUserName, string reason, CancellationToken ct = default) =>
        TransferAsync(HumanTaskEventKind.Reassigned, actorUserId, taskId, toUserName, reason, ct);

    /// <summary>The holder has someone act in their place (ủy quyền); like a reassignment, but only for a task someone holds.</summary>
    public Task<TaskActionResult> DelegateAsync(string actorUserId, string taskId, string toUserName, string reason, CancellationToken ct = default) =>
        TransferAsync(HumanTaskEventKind.Delegated, actorUserId, taskId, toUserName, reason, ct);

    private async Task<TaskActionResult> TransferAsync(string kind, string actorUserId, string taskId, string toUserName, string reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason)) return TaskActionResult.Invalid("reason", TaskTexts.ReasonRequired);
        var task = await tasks.FindTaskAsync(taskId, ct);
        if (task is null) return TaskActionResult.NotFound();
        if (task.Status != HumanTaskStatus.Open) return TaskActionResult.Conflict(TaskTexts.TaskClosed);
        if (await LoadActorAsync(actorUserId, ct) is not { } actor) return TaskActionResult.Forbidden(TaskTexts.UnknownActor);
        if (!actor.CanTransfer(task)) return TaskActionResult.Forbidden(TaskTexts.TransferNotAllowed);
        if (kind == HumanTaskEventKind.Delegated && task.AssigneeUserId is null) return TaskActionResult.Conflict(TaskTexts.DelegateNeedsAssignee);

        await using var db = await people.CreateDbContextAsync(ct);
        var target = string.IsNullOrWhiteSpace(toUserName) ? null : await TaskAssignment.FindUserAsync(db, toUserName, ct);
        if (target is null) return TaskActionResult.Invalid("toUser", TaskTexts.UnknownUser(toUserName));
        if (target.Id == task.SubmitterUserId) return TaskActionResult.Invalid("toUser", TaskTexts.FourEyes);
        if (TaskUserList.Contains(task.ExcludedUsers, target.Id)) return TaskActionResult.Invalid("toUser", TaskTexts.Excluded);
        if (target.Id == task.AssigneeUserId) return TaskActionResult.Invalid("toUser", TaskTexts.SameAssignee);

        var previous = task.AssigneeUserId;
        var line = Line(task, kind, actorUserId, reason.Trim(), new JsonObject { ["from"] = previous, ["to"] = target.Id });
        task.AssigneeUserId = target.Id;
        var messages = await notifier.ComposeAsync(
            new HumanTaskNotification(HumanTaskNotificationKind.Assigned, task, ActorUserId: actorUserId, Comment: reason.Trim()), ct);
        var changed = await tasks.ChangeAssigneeAsync(taskId, previous, target.Id, line, messages, ct);
        return changed ? TaskActionResult.Ok() : TaskActionResult.Conflict(TaskTexts.ChangedMeanwhile);
    }
}
