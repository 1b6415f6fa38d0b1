using CongVu.Host.Files;
using CongVu.Host.People;
using CongVu.Host.Tasks;

namespace CongVu.Host.Inbox;

/// <summary>The posts that change who holds a task: take it (nhận việc), give it back (trả lại nhóm), reassign, delegate.</summary>
internal static class TaskAssignmentEndpoints
{
    /// <summary>These forms carry a token, a user name and a reason; nothing larger.</summary>
    private const long MaxFormBytes = 64 * 1024;

    private delegate Task<TaskActionResult> TaskAction(TaskActions actions, string userId, string taskId, IFormCollection form, CancellationToken ct);

    public static void MapTaskAssignment(this IEndpointRouteBuilder app)
    {
        Map(app, "nhan-viec", TaskFormState.Claim, (a, user, task, _, ct) => a.ClaimAsync(user, task, ct),
            (_, taskId) => ("Đã nhận việc. Bạn có thể xử lý ngay.", InboxPaths.Task(taskId)));
        Map(app, "tra-lai", TaskFormState.Release, (a, user, task, _, ct) => a.ReleaseAsync(user, task, ct),
            (_, _) => ("Đã trả lại công việc cho nhóm.", InboxPaths.Inbox));
        Map(app, "chuyen", TaskFormState.Reassign, (a, user, task, form, ct) => a.ReassignAsync(user, task, form["toUserName"].ToString(), form["reason"].ToString(), ct),
            (form, _) => ($"Đã chuyển công việc cho {form["toUserName"].ToString().Trim()}.", InboxPaths.Inbox));
        Map(app, "uy-quyen", TaskFormState.Delegate, (a, user, task, form, ct) => a.DelegateAsync(user, task, form["toUserName"].ToString(), form["reason"].ToString(), ct),
            (form, _) => ($"Đã ủy quyền xử lý cho {form["toUserName"].ToString().Trim()}.", InboxPaths.Inbox));
    }

    private static void Map(IEndpointRouteBuilder app, string segment, string formName, TaskAction action, Func<IFormCollection, string, (string Flash, string Next)> done) =>
        app.MapPost($"{InboxPaths.Inbox}/{{taskId}}/{segment}", async (string taskId, HttpContext context, TaskPages pages, TaskActions actions, InboxFlash flash, CancellationToken ct) =>
        {
            var (form, refusal) = await PostedForm.ReadAsync(context, MaxFormBytes);
            if (form is null) return refusal!;
            var access = await pages.OpenAsync(context, taskId, ct);
            if (!access.Allowed) return access.Refusal;
            var result = await action(actions, access.Actor.UserId, taskId, form, ct);
            if (!result.Succeeded)
            {
                var typed = new Dictionary<string, string> { ["toUserName"] = form["toUserName"].ToString(), ["reason"] = form["reason"].ToString() };
                return await pages.RefusedAsync(context, access.Task, access.Actor, TaskFormState.New() with { Form = formName, Values = typed }, result, ct);
            }
            var (message, next) = done(form, taskId);
            flash.Set(context, message);
            return Results.Redirect(next);
        }).RequireAuthorization(PeoplePolicies.SignedIn);
}
