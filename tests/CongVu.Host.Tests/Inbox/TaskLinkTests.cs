using System.Net;
using CongVu.Host.Email;
using CongVu.Host.People;
using CongVu.Host.Tests.People;
using Xunit;

namespace CongVu.Host.Tests.Inbox;

public sealed class TaskLinkTests(InboxHost host) : IClassFixture<InboxHost>
{
    private const string Refusal = "Liên kết không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập.";

    [Fact]
    public async Task ValidLink_SignsTheUserIn_AndRedirectsToTheAddressWithoutToken()
    {
        var (task, userId) = await TaskAsync("ln-dung");
        using var browser = new Browser(host.Factory);
        using var response = await browser.Client.GetAsync($"/cong-viec/{task}?t={host.Get<TaskLinks>().CreateToken(userId, task)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/cong-viec/{task}", response.Headers.Location?.OriginalString);
        Assert.True(browser.IsSignedIn);
        Assert.Contains("Việc gửi qua e-mail", await browser.Client.GetStringAsync(response.Headers.Location), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("other-task")]
    [InlineData("empty")]
    public async Task ForgedOrMisusedLink_SignsNoOneIn_AndPointsToTheSignInPage(string kind)
    {
        var (task, userId) = await TaskAsync($"ln-{kind}");
        var links = host.Get<TaskLinks>();
        var token = kind switch
        {
            "forged" => links.CreateToken(userId, task)[..^4] + "AAAA",
            "other-task" => links.CreateToken(userId, "another-task"),
            _ => "",
        };
        using var browser = new Browser(host.Factory);
        using var response = await browser.Client.GetAsync($"/cong-viec/{task}?t={token}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Refusal, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/dang-nhap?returnUrl=%2Fcong-viec%2F{task}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Việc gửi qua e-mail", html, StringComparison.Ordinal);
        Assert.False(browser.IsSignedIn);
    }

    [Fact]
    public async Task ExpiredLink_IsRefused()
    {
        var (task, userId) = await TaskAsync("ln-het-han");
        var token = host.Get<TaskLinks>().CreateToken(userId, task);
        host.Clock.Advance(TimeSpan.FromHours(73));
        try
        {
            using var browser = new Browser(host.Factory);
            using var response = await browser.Client.GetAsync($"/cong-viec/{task}?t={token}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(Refusal, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.False(browser.IsSignedIn);
        }
        finally
        {
            host.Clock.Set(InboxHost.Now);
        }
    }

    [Fact]
    public async Task TaskPage_WithoutSignInOrLink_RedirectsToSignIn()
    {
        var (task, _) = await TaskAsync("ln-an-danh");
        using var browser = new Browser(host.Factory);
        using var response = await browser.Client.GetAsync($"/cong-viec/{task}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/dang-nhap?returnUrl=%2Fcong-viec%2F{task}", response.Headers.Location?.OriginalString);
    }

    private async Task<(string TaskId, string UserId)> TaskAsync(string userName)
    {
        var userId = await host.CreateUserAsync(userName, "Người nhận e-mail", "VP-UBND", Roles.Staff);
        var task = InboxHost.Task("Việc gửi qua e-mail", userId, host.UnitId("VP-UBND"), InboxHost.Now.AddDays(2));
        await host.AddAsync([task]);
        return (task.Id, userId);
    }
}
