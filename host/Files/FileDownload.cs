using System.Security.Claims;
using CongVu.Engine.Tasks;
using CongVu.Host.Inbox;
using CongVu.Host.People;
using CongVu.Host.Tasks;

namespace CongVu.Host.Files;

/// <summary>
/// <c>GET /tep/{id}</c>: a stored file, to people who can see the task it belongs to (or a task of its instance), always as
/// a download and under a sandboxing CSP, so an uploaded HTML or SVG file never runs in the site's origin.
/// </summary>
internal static class FileDownload
{
    private const int InstanceTasksChecked = 20;

    public static void MapFileDownload(this IEndpointRouteBuilder app) =>
        app.MapGet(FilesFeature.DownloadPath + "/{id}", async (string id, HttpContext context, FileStore files, ITaskStore tasks, TaskActions actions, CancellationToken ct) =>
        {
            var file = await files.FindAsync(id, ct);
            if (file is null) return NoticePage.Render(context, "Không tìm thấy tệp", "Tệp không tồn tại hoặc đã bị xóa.", StatusCodes.Status404NotFound);
            if (!await MaySeeAsync(context.User, file, tasks, actions, ct))
                return NoticePage.Render(context, "Không có quyền truy cập", "Bạn không có quyền tải tệp này.", StatusCodes.Status403Forbidden);
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
            headers.CacheControl = "private, no-store";
            return Results.File(files.OpenRead(file), file.ContentType, file.Name);
        }).RequireAuthorization(PeoplePolicies.SignedIn);

    private static async Task<bool> MaySeeAsync(ClaimsPrincipal user, StoredFile file, ITaskStore tasks, TaskActions actions, CancellationToken ct)
    {
        var userId = InboxUser.Id(user);
        if (userId is null) return false;
        if (file.UploadedBy == userId) return true;
        if (file.TaskId is { } taskId)
            return await tasks.FindTaskAsync(taskId, ct) is { } task && await actions.CanSeeAsync(userId, task, ct);
        if (file.InstanceId is null || await actions.LoadActorAsync(userId, ct) is not { } actor) return false;
        var page = await tasks.ListTasksAsync(new TaskQuery { InstanceId = file.InstanceId, Status = null, Take = InstanceTasksChecked }, ct);
        return page.Items.Any(actor.CanSee);
    }
}
