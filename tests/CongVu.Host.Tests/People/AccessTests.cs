using System.Net;
using System.Net.Http.Headers;
using Xunit;

namespace CongVu.Host.Tests.People;

public sealed class AccessTests(DemoHost host) : IClassFixture<DemoHost>
{
    private const string AdminPage = "/quan-tri/nguoi-dung";

    [Theory]
    [InlineData(AdminPage, "/dang-nhap?returnUrl=%2Fquan-tri%2Fnguoi-dung")]
    [InlineData("/", "/dang-nhap?returnUrl=%2F")]
    public async Task Anonymous_ProtectedPage_RedirectsToLogin(string url, string login)
    {
        using var browser = host.NewBrowser();
        using var response = await browser.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(login, response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task ApiKey_DoesNotOpenAdminPages()
    {
        using var browser = host.NewBrowser();
        browser.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", HostFactory.AdminApiKey);
        using var response = await browser.Client.GetAsync(AdminPage);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_AdminPage_GetsVietnameseForbiddenPage()
    {
        using var browser = await SignedInAsync("canbo1");
        using var response = await browser.Client.GetAsync(AdminPage);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/khong-co-quyen", response.Headers.Location?.AbsolutePath);

        using var denied = await browser.Client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var html = await denied.Content.ReadAsStringAsync();
        Assert.Contains("Không có quyền truy cập", html, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn An", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_Home_GoesToTheirTasksAndGreetsByFullName()
    {
        using var browser = await SignedInAsync("canbo1");
        using var home = await browser.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/cong-viec", home.Headers.Location?.OriginalString);
        using var response = await browser.Client.GetAsync("/cong-viec");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nguyễn Văn An", html, StringComparison.Ordinal);
        Assert.Contains(">Đăng xuất</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_Home_RedirectsToStudio()
    {
        using var browser = await SignedInAsync("admin");
        using var response = await browser.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/studio", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Admin_AdminPage_ListsAccountsWithUnitsAndRoles()
    {
        using var browser = await SignedInAsync("admin");
        using var response = await browser.Client.GetAsync(AdminPage);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var text in new[] { "Trần Thị Bình", "Văn phòng UBND", "Chánh Văn phòng", "Người rà soát, Thủ trưởng đơn vị", "Quản trị hệ thống" })
            Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCookie_DoesNotOpenTheApi()
    {
        using var browser = await SignedInAsync("admin");
        using var response = await browser.Client.GetAsync("/elsa/api/workflow-definitions");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<Browser> SignedInAsync(string userName)
    {
        var browser = host.NewBrowser();
        using var response = await browser.SignInAsync(userName, DemoHost.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }
}
