using CongVu.Host.Email;
using CongVu.Host.People;
using Microsoft.AspNetCore.Identity;

namespace CongVu.Host.Inbox;

/// <summary>
/// <c>GET /cong-viec/{taskId}?t=…</c> from an e-mail: a valid token signs its user in and redirects to the address without
/// the token; anything else signs no one in and asks the person to sign in with their password.
/// </summary>
internal static class TaskLinkSignIn
{
    public static async Task<IResult> HandleAsync(HttpContext context, string taskId, string? token, TaskLinks links, SignInManager<AppUser> signIn)
    {
        // The token must not travel on in a Referer header, even to this site's own next page.
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        var claims = links.Validate(token, taskId);
        var user = claims is null ? null : await signIn.UserManager.FindByIdAsync(claims.UserId);
        if (user is null || !await signIn.CanSignInAsync(user) || await signIn.UserManager.IsLockedOutAsync(user))
            return NoticePage.Render(context, "Liên kết không hợp lệ", NoticePage.BadLink, StatusCodes.Status400BadRequest,
                (InboxPaths.Login(InboxPaths.Task(taskId)), "Đăng nhập"));
        if (InboxUser.Id(context.User) != user.Id) await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "task-link");
        return Results.Redirect(InboxPaths.Task(taskId));
    }
}
