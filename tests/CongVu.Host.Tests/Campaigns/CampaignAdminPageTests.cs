using System.Net;
using CongVu.Host.Tests.People;
using Xunit;

namespace CongVu.Host.Tests.Campaigns;

public sealed class CampaignAdminPageTests(CampaignHostFixture fixture) : IClassFixture<CampaignHostFixture>
{
    private const string Page = "/quan-tri/chien-dich";
    private CampaignHost Host => fixture.Host;

    [Fact]
    public async Task Admin_StartsThePlanWorkflowForAYear_AndSeesTheCampaign()
    {
        using var browser = await Host.SignedInAsync("admin");
        var token = await browser.GetTokenAsync(Page);

        using var posted = await browser.PostFormAsync(Page, ("__RequestVerificationToken", token), ("kind", "ke-hoach"), ("year", "2028"), ("period", ""));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/quan-tri/chien-dich?da-mo=ke-hoach-2028", posted.Headers.Location?.OriginalString);
        var campaign = await Host.Campaigns.FindAsync("ke-hoach-2028", default);
        Assert.NotNull(campaign);
        var instance = await Host.InstanceAsync(campaign.InstanceId!);
        Assert.Equal("ke-hoach", instance.DefinitionId);
        Assert.Equal(2028, instance.Input["year"]!.GetValue<int>());
        Assert.Equal("admin", instance.Input["submittedBy"]!.GetValue<string>());

        using var page = await browser.Client.GetAsync(posted.Headers.Location);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Đã mở chiến dịch ke-hoach-2028 – Kế hoạch thực hiện &quot;5 xây, 3 chống&quot; năm 2028; hạn nộp 15/02/2028.", html, StringComparison.Ordinal);
        Assert.Contains("<td>Kế hoạch</td><td>2028</td><td></td><td>15/02/2028</td><td class=\"num\">5</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_StartingAnOpenCampaignAgain_IsRefusedWithAClearMessage()
    {
        using var browser = await Host.SignedInAsync("admin");
        using var first = await browser.PostFormAsync(Page, ("__RequestVerificationToken", await browser.GetTokenAsync(Page)), ("kind", "ke-hoach"), ("year", "2029"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var again = await browser.PostFormAsync(Page, ("__RequestVerificationToken", await browser.GetTokenAsync(Page)), ("kind", "ke-hoach"), ("year", "2029"));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var html = await again.Content.ReadAsStringAsync();
        Assert.Contains("Chiến dịch ke-hoach-2029 (Kế hoạch thực hiện &quot;5 xây, 3 chống&quot; năm 2029) đã được mở ngày 01/02/2027; không mở lại chiến dịch trùng.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_ReportWithoutPeriod_IsAskedForOne()
    {
        using var browser = await Host.SignedInAsync("admin");
        using var response = await browser.PostFormAsync(Page, ("__RequestVerificationToken", await browser.GetTokenAsync(Page)), ("kind", "bao-cao"), ("year", "2028"), ("period", ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Vui lòng chọn kỳ báo cáo", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_KindWithoutPublishedWorkflow_IsToldSo()
    {
        using var browser = await Host.SignedInAsync("admin");
        using var response = await browser.PostFormAsync(Page, ("__RequestVerificationToken", await browser.GetTokenAsync(Page)), ("kind", "dang-ky"), ("year", "2028"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Chưa có quy trình &quot;dang-ky&quot; được xuất bản", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await Host.Campaigns.FindAsync("dang-ky-2028", default));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        using var browser = await Host.SignedInAsync("admin");
        using var response = await browser.PostFormAsync(Page, ("kind", "ke-hoach"), ("year", "2036"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await Host.Campaigns.FindAsync("ke-hoach-2036", default));
    }

    [Fact]
    public async Task Supervisor_CannotOpenTheAdminPage()
    {
        using var browser = await Host.SignedInAsync("gs.snv");
        using var response = await browser.Client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/khong-co-quyen", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        using var browser = new Browser(Host.Factory);
        using var response = await browser.Client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dang-nhap", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}
