using CongVu.Host.Email;
using CongVu.Host.Files;
using CongVu.Host.People;
using CongVu.Host.People.Pages;
using CongVu.Host.Tasks;
using Microsoft.AspNetCore.Identity;

namespace CongVu.Host.Inbox;

/// <summary><c>GET /cong-viec/{taskId}</c> (the task page, also reached by signed e-mail links) and <c>POST</c> (the decision).</summary>
internal static class TaskEndpoints
{
    private const string Route = InboxPaths.Inbox + "/{taskId}";

    public static void MapTaskPage(this IEndpointRouteBuilder app)
    {
        // Anonymous callers get in only to present a signed link; everyone else is sent to sign in.
        app.MapGet(Route, async (string taskId, HttpContext context, TaskPages pages, TaskLinks links, SignInManager<AppUser> signIn, CancellationToken ct) =>
        {
            if (context.Request.Query.TryGetValue("t", out var token)) return await TaskLinkSignIn.HandleAsync(context, taskId, token.ToString(), links, signIn);
            if (!InboxUser.IsSignedIn(context.User)) return Results.Redirect(InboxPaths.Login(InboxPaths.Task(taskId)));
            var access = await pages.OpenAsync(context, taskId, ct);
            if (!access.Allowed) return access.Refusal;
            return await pages.RenderAsync(context, access.Task, access.Actor, TaskFormState.New(), StatusCodes.Status200OK, ct);
        }).WithCookieUser();

        app.MapPost(Route, async (string taskId, HttpContext context, TaskPages pages, TaskActions actions, FileStore files, InboxFlash flash, CancellationToken ct) =>
        {
            var (form, refusal) = await PostedForm.ReadAsync(context, FileRules.MaxRequestBytes);
            if (form is null) return refusal!;
            var access = await pages.OpenAsync(context, taskId, ct);
            if (!access.Allowed) return access.Refusal;
            var (task, actor) = (access.Task, access.Actor);
            var submission = await TaskSubmission.ReadAsync(form, TaskPageModel.ParseData(task.Data), task, actor.UserId, files, ct);
            var outcome = form["outcome"].ToString().Trim();
            var comment = form["comment"].ToString();
            var key = form["idempotencyKey"].ToString() is { Length: > 0 and <= 64 } posted ? posted : Guid.NewGuid().ToString("N");
            var state = new TaskFormState(TaskFormState.Complete, submission.Typed, submission.Files, comment, key, submission.Errors);
            if (submission.Errors.Count > 0) return await pages.RenderAsync(context, task, actor, state, StatusCodes.Status400BadRequest, ct);

            var result = await actions.CompleteAsync(actor.UserId, taskId, outcome, comment, submission.Values, key, ct);
            if (!result.Succeeded) return await pages.RefusedAsync(context, task, actor, state, result, ct);
            flash.Set(context, $"Đã ghi nhận: {outcome}");
            return Results.Redirect(InboxPaths.Inbox);
        }).RequireAuthorization(PeoplePolicies.SignedIn);
    }
}
