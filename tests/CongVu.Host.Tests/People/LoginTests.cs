using System.Net;
using Xunit;

namespace CongVu.Host.Tests.People;

public sealed class LoginTests(DemoHost host) : IClassFixture<DemoHost>
{
    [Fact]
    public async Task LoginPage_RendersVietnameseFormWithAntiforgeryToken()
    {
        using var browser = host.NewBrowser();
        using var response = await browser.Client.GetAsync("/dang-nhap");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        foreach (var text in new[] { "Tên đăng nhập", "Mật khẩu", ">Đăng nhập</button>" }) Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.NotNull(Browser.TokenFrom(html));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.DoesNotContain("://", html, StringComparison.Ordinal); // nothing fetched from another site
    }

    [Theory]
    [InlineData("/quan-tri/nguoi-dung?trang=2", true)]
    [InlineData("https://evil.example", false)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    public async Task LoginPage_KeepsOnlyLocalReturnUrl(string returnUrl, bool kept)
    {
        using var browser = host.NewBrowser();
        var html = await browser.Client.GetStringAsync($"/dang-nhap?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(kept, html.Contains("name=\"returnUrl\"", StringComparison.Ordinal));
        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_Returns400()
    {
        using var browser = host.NewBrowser();
        await browser.GetTokenAsync();
        using var response = await browser.PostFormAsync("/dang-nhap", ("userName", "canbo1"), ("password", DemoHost.Password));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(browser.IsSignedIn);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndSetsNoCookie()
    {
        using var browser = host.NewBrowser();
        using var response = await browser.SignInAsync("canbo1", "wrong-password-1");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"canbo1\"", html, StringComparison.Ordinal);
        Assert.False(browser.IsSignedIn);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccount()
    {
        await host.CreateUserAsync("khoa1", "Right-pass-1");
        using var browser = host.NewBrowser();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var response = await browser.SignInAsync("khoa1", "wrong-password-1");
            var html = await response.Content.ReadAsStringAsync();
            var locked = html.Contains("Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.", StringComparison.Ordinal);
            Assert.Equal(attempt == 5, locked);
        }
        using var right = await browser.SignInAsync("khoa1", "Right-pass-1");
        Assert.Contains("Tài khoản tạm bị khóa", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(browser.IsSignedIn);
    }

    [Fact]
    public async Task SignIn_RightPassword_SetsSecureCookieAndRedirectsToLocalReturnUrl()
    {
        using var browser = host.NewBrowser();
        using var response = await browser.SignInAsync("canbo1", DemoHost.Password, "/quan-tri/nguoi-dung?trang=2");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/quan-tri/nguoi-dung?trang=2", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Browser.AuthCookie + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(browser.IsSignedIn);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example/x")]
    [InlineData("")]
    public async Task SignIn_RightPassword_IgnoresNonLocalReturnUrl(string returnUrl)
    {
        using var browser = host.NewBrowser();
        using var response = await browser.SignInAsync("canbo1", DemoHost.Password, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignOut_WithTokenFromPage_SignsOutAndReturnsToLogin()
    {
        using var browser = host.NewBrowser();
        (await browser.SignInAsync("canbo1", DemoHost.Password)).Dispose();
        var token = await browser.GetTokenAsync("/cong-viec");
        using var withoutToken = await browser.PostFormAsync("/dang-xuat");
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.True(browser.IsSignedIn);

        using var response = await browser.PostFormAsync("/dang-xuat", ("__RequestVerificationToken", token));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dang-nhap", response.Headers.Location?.OriginalString);
        Assert.False(browser.IsSignedIn);
        using var home = await browser.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }
}
