using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace CongVu.Host.People.Pages;

/// <summary>The sign-in form (<c>/dang-nhap</c>) and sign-out (<c>/dang-xuat</c>).</summary>
internal static class LoginPage
{
    public const string WrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";
    public const string LockedOut = "Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.";

    public static void MapLoginPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(PeoplePaths.Login, (HttpContext context, PageLayout layout, string? returnUrl) =>
            Form(context, layout, userName: null, returnUrl, error: null)).WithCookieUser();

        // [FromForm] makes the endpoint require a valid antiforgery token; without one it answers 400.
        app.MapPost(PeoplePaths.Login, async (HttpContext context, PageLayout layout, SignInManager<AppUser> signIn,
            [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl) =>
        {
            var result = string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)
                ? SignInResult.Failed
                : await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded) return Results.Redirect(LocalUrl.OrNull(returnUrl) ?? PeoplePaths.Home);
            return Form(context, layout, userName, returnUrl, result.IsLockedOut ? LockedOut : WrongCredentials);
        }).WithCookieUser();

        app.MapPost(PeoplePaths.Logout, async (SignInManager<AppUser> signIn, IFormCollection _) =>
        {
            // The form carries only the antiforgery token; binding it is what makes the endpoint require a valid one (400 otherwise).
            await signIn.SignOutAsync();
            return Results.Redirect(PeoplePaths.Login);
        }).WithCookieUser();
    }

    private static IResult Form(HttpContext context, PageLayout layout, string? userName, string? returnUrl, string? error)
    {
        var alert = error is null ? "" : $"<p class=\"error\" role=\"alert\">{PageLayout.Encode(error)}</p>\n";
        var back = LocalUrl.OrNull(returnUrl) is { } local ? $"<input type=\"hidden\" name=\"returnUrl\" value=\"{PageLayout.Encode(local)}\">\n" : "";
        var body = $"""
            <section class="card narrow">
            <h1>Đăng nhập</h1>
            {alert}<form method="post" action="{PeoplePaths.Login}">
            {layout.AntiforgeryField(context)}
            {back}<label for="userName">Tên đăng nhập</label>
            <input id="userName" name="userName" autocomplete="username" required autofocus value="{PageLayout.Encode(userName)}">
            <label for="password">Mật khẩu</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit">Đăng nhập</button>
            </form>
            </section>
            """;
        return layout.Render(context, "Đăng nhập", body);
    }
}
