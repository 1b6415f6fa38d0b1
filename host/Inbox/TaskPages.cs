using System.Diagnostics.CodeAnalysis;
using CongVu.Engine.Tasks;
using CongVu.Host.People.Pages;
using CongVu.Host.Tasks;

namespace CongVu.Host.Inbox;

/// <summary>What every task endpoint does first (find the task, check the person may see it) and last (show the page).</summary>
public sealed class TaskPages(ITaskStore tasks, TaskActions actions, InboxQueries queries, InboxDirectory directory, InboxTime time, InboxFlash flash, PageLayout layout)
{
    /// <summary>The task and the person's task profile, or the page refusing: 404 for an unknown task, 403 (telling nothing about it) otherwise.</summary>
    internal async Task<TaskAccess> OpenAsync(HttpContext context, string taskId, CancellationToken ct)
    {
        var task = await tasks.FindTaskAsync(taskId, ct);
        if (task is null) return new(null, null, NoticePage.Render(context, "Không tìm thấy công việc", NoticePage.NotFound, StatusCodes.Status404NotFound));
        var actor = InboxUser.Id(context.User) is { } userId ? await actions.LoadActorAsync(userId, ct) : null;
        return actor is not null && actor.CanSee(task)
            ? new(task, actor, null)
            : new(null, null, NoticePage.Render(context, "Không có quyền truy cập", NoticePage.Forbidden, StatusCodes.Status403Forbidden));
    }

    internal async Task<IResult> RenderAsync(HttpContext context, HumanTaskRecord task, TaskActor actor, TaskFormState state, int statusCode, CancellationToken ct)
    {
        var model = await TaskPageModel.LoadAsync(task, actor, queries, directory, ct);
        var view = new TaskView(model, state, time, layout.AntiforgeryField(context));
        return layout.Render(context, task.Title, view.Render(flash.Take(context)), statusCode);
    }

    /// <summary>Shows the page again after a refused action, with the task as it is now.</summary>
    internal async Task<IResult> RefusedAsync(HttpContext context, HumanTaskRecord task, TaskActor actor, TaskFormState state, TaskActionResult result, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(result.FieldErrors, StringComparer.Ordinal);
        if (errors.Count == 0) errors[""] = result.Message ?? "Không thực hiện được thao tác.";
        var current = await tasks.FindTaskAsync(task.Id, ct) ?? task;
        return await RenderAsync(context, current, actor, state with { Errors = errors }, StatusOf(result), ct);
    }

    internal static int StatusOf(TaskActionResult result) => result.Status switch
    {
        TaskActionStatus.NotFound => StatusCodes.Status404NotFound,
        TaskActionStatus.Forbidden => StatusCodes.Status403Forbidden,
        TaskActionStatus.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}

/// <summary>A task the person may see, with their profile; or the refusal page to answer with.</summary>
internal sealed record TaskAccess(HumanTaskRecord? Task, TaskActor? Actor, IResult? Refusal)
{
    [MemberNotNullWhen(true, nameof(Task), nameof(Actor))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Allowed => Refusal is null && Task is not null && Actor is not null;
}
