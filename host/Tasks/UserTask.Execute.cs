using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;
using CongVu.Engine.Tasks;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Tasks;

public sealed partial class UserTask
{
    /// <summary>Workflow state property holding the user id of whoever completed the last task: the next step's submitter.</summary>
    public const string LastActorProperty = "lastActor";

    /// <summary>Workflow input naming who submitted the workflow (user id or user name), the first step's submitter.</summary>
    public const string SubmittedByInput = "submittedBy";

    private const string DataProperty = "task", TokenProperty = "timeoutToken";

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Environment.Services;
        var workflow = context.Workflow;
        var settings = await UserTaskSettings.EvaluateAsync(this, context, services.GetRequiredService<IOptions<HumanTaskOptions>>().Value, Submitter(workflow.State));
        TaskAssignmentResult assignment;
        try
        {
            assignment = await services.GetRequiredService<TaskAssignment>().ResolveAsync(settings.Assignment, context.CancellationToken);
        }
        catch (TaskAssignmentException e)
        {
            throw new InvalidOperationException($"User task '{Name ?? Id}' cannot be assigned: {e.Message}", e);
        }

        // A task's id is its bookmark's id: the store cancels the task and drops its reminders when the bookmark goes.
        var bookmark = context.CreateBookmark(new Stimulus(TypeName, new JsonObject { ["activityInstanceId"] = context.Id }));
        // The form opens with the variables' current values: a draft returned for revision is edited, not typed again.
        settings = settings with { Form = TaskForm.WithCurrentValues(settings.Form, context.GetVariable) };
        var data = settings.ToData(workflow.State.Name ?? workflow.Graph.Name, assignment.SubmitterUserId);
        var now = workflow.UtcNow;
        var task = new HumanTaskRecord
        {
            Id = bookmark.Id,
            InstanceId = workflow.State.Id,
            DefinitionId = workflow.State.DefinitionId,
            ActivityId = Id,
            ActivityNodeId = NodeId,
            Title = settings.Title,
            Description = settings.Description,
            AssigneeUserId = assignment.AssigneeUserId,
            CandidateUsers = TaskUserList.Join(assignment.CandidateUserIds),
            ExcludedUsers = TaskUserList.Join(assignment.ExcludedUserIds),
            UnitId = assignment.UnitId,
            SubmitterUserId = assignment.SubmitterUserId,
            Priority = settings.Priority,
            DueAt = settings.DueAt?.UtcDateTime,
            CreatedAt = now,
            UpdatedAt = now,
            Data = data.ToJson(),
        };
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var messages = await services.GetRequiredService<IHumanTaskNotifier>().ComposeAsync(
            new HumanTaskNotification(HumanTaskNotificationKind.Assigned, task, ActorUserId: assignment.SubmitterUserId), context.CancellationToken);
        var planned = TaskSchedule.Plan(task, settings, context.Environment, token).ToList();

        // Only now, with nothing left that can fail, does the task join the commit: a fault above leaves no half-made task.
        context.Properties[DataProperty] = data.ToNode();
        context.Properties[TokenProperty] = token;
        workflow.Commit.Tasks.Add(task);
        workflow.Commit.TaskEvents.Add(HistoryLine(task, HumanTaskEventKind.Created, now, userId: assignment.SubmitterUserId, comment: null,
            new JsonObject { ["assignee"] = task.AssigneeUserId, ["candidates"] = task.CandidateUsers }));
        workflow.Commit.Outbox.AddRange(messages);
        foreach (var work in planned) workflow.ScheduleWork(work);
    }

    /// <summary>The submitter of the step starting now: who completed the previous task, else who submitted the workflow.</summary>
    internal static string? Submitter(WorkflowState state) =>
        Text(state.Properties.GetValueOrDefault(LastActorProperty)) ?? Text(state.Input.GetValueOrDefault(SubmittedByInput));

    private static string? Text(JsonNode? node) => ValueConverter.ToClr(node) is string s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    internal static HumanTaskEventRecord HistoryLine(HumanTaskRecord task, string kind, DateTime at, string? userId, string? comment, JsonObject? data) => new()
    {
        Id = WorkflowExecutionContext.NewId(),
        TaskId = task.Id,
        InstanceId = task.InstanceId,
        At = at,
        UserId = userId,
        Kind = kind,
        Comment = comment,
        Data = data?.ToJsonString(TaskData.Json),
    };
}
