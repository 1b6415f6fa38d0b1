using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Tasks;

namespace CongVu.Host.Tasks;

public sealed partial class UserTask
{
    /// <summary>
    /// Accepts a person's decision (<see cref="TaskResumeInput"/>) or the timeout's. Anything wrong is refused with
    /// <see cref="ResumeRejectedException"/>, so nothing is committed and the task stays open.
    /// </summary>
    protected override async ValueTask ResumeAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Environment.Services;
        var input = TaskResumeInput.From(context.ResumeInput);
        var data = TaskData.FromNode(context.Properties[DataProperty] ?? throw new InvalidOperationException("The user task has lost its data."));
        var taskId = context.ResumedBookmark!.Id;
        var task = await services.GetRequiredService<ITaskStore>().FindTaskAsync(taskId, context.CancellationToken)
            ?? throw new InvalidOperationException($"Task '{taskId}' of user task '{Name ?? Id}' is missing from the task table.");
        var system = input.System && input.Token is { } token && token == context.Properties[TokenProperty]?.GetValue<string>();

        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var outcome = data.FindOutcome(input.Outcome);
        if (outcome is null) problems["outcome"] = TaskTexts.ChooseOutcome(data.Outcomes.Select(o => o.Name));
        else if (outcome.RequiresComment && !system && input.Comment is null) problems["comment"] = TaskTexts.CommentRequired(outcome.Name);
        if (!system) CheckActor(input.UserId, task, data, problems);
        var values = system ? new Dictionary<string, object?>() : TaskFormValues.Read(data.Form, input.Values, problems, requireFilled: outcome is not { RequiresComment: true });
        if (problems.Count == 0 && !system) await CheckGuardsAsync(context, new TaskOutcomeCheck(task, outcome!.Name, input.Comment, values, context.Workflow.State.Input), problems);
        if (problems.Count == 0) SetVariables(context, data.Form, values, problems);
        if (problems.Count > 0) throw new ResumeRejectedException(problems);

        var userId = system ? null : input.UserId;
        var comment = input.Comment ?? (system ? TaskTexts.TimedOut(outcome!.Name) : null);
        context.SetOutput(Outcome, outcome!.Name);
        context.SetOutput(Comment, comment);
        context.SetOutput(CompletedBy, userId);
        var workflow = context.Workflow;
        if (userId is not null) workflow.State.Properties[LastActorProperty] = userId;

        var now = workflow.UtcNow;
        task.Status = HumanTaskStatus.Completed;
        task.Outcome = outcome.Name;
        task.CompletedBy = userId;
        task.CompletedAt = now;
        task.UpdatedAt = now;
        workflow.Commit.Tasks.Add(task);
        workflow.Commit.TaskEvents.Add(HistoryLine(task, system ? HumanTaskEventKind.TimedOut : HumanTaskEventKind.Completed, now, userId, comment,
            new JsonObject { ["outcome"] = outcome.Name }));
        var notification = new HumanTaskNotification(HumanTaskNotificationKind.Completed, task, ActorUserId: userId, Comment: comment);
        workflow.Commit.Outbox.AddRange(await services.GetRequiredService<IHumanTaskNotifier>().ComposeAsync(notification, context.CancellationToken));
        context.Complete(outcome.Name);
    }

    /// <summary>Only the holder of the task, or a candidate of an unclaimed one, may act; never the submitter (four-eyes).</summary>
    private static void CheckActor(string? userId, HumanTaskRecord task, TaskData data, Dictionary<string, string> problems)
    {
        if (userId is null) problems["userId"] = TaskTexts.UserRequired;
        else if (userId == data.SubmitterUserId || userId == task.SubmitterUserId) problems["userId"] = TaskTexts.FourEyes;
        else if (TaskUserList.Contains(task.ExcludedUsers, userId)) problems["userId"] = TaskTexts.Excluded;
        else if (task.AssigneeUserId is { } assignee ? assignee != userId : !TaskUserList.Contains(task.CandidateUsers, userId))
            problems["userId"] = TaskTexts.NotAssigned;
    }

    /// <summary>Asks every registered <see cref="ITaskOutcomeGuard"/>; the first problem found for a field is kept.</summary>
    private static async Task CheckGuardsAsync(ActivityExecutionContext context, TaskOutcomeCheck check, Dictionary<string, string> problems)
    {
        foreach (var guard in context.Environment.Services.GetServices<ITaskOutcomeGuard>())
            foreach (var (field, message) in await guard.CheckAsync(check, context.CancellationToken))
                problems.TryAdd(field, message);
    }

    private static void SetVariables(ActivityExecutionContext context, IReadOnlyList<FormField> form, IReadOnlyDictionary<string, object?> values, Dictionary<string, string> problems)
    {
        foreach (var field in form)
        {
            if (!values.TryGetValue(field.Name, out var value)) continue;
            try { context.SetVariable(field.TargetVariable, value); }
            catch (FormatException) { problems[field.Name] = TaskTexts.VariableMismatch(field.Label); }
        }
    }
}
