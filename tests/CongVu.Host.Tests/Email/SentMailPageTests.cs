using System.Net;
using CongVu.Engine.Outbox;
using CongVu.Engine.Tasks;
using CongVu.Host.Email;
using CongVu.Host.Tests.People;
using Xunit;

namespace CongVu.Host.Tests.Email;

public sealed class SentMailPageTests : IClassFixture<SentMailPageTests.Fixture>
{
    private const string Page = "/quan-tri/thu-da-gui";
    private readonly Fixture _fixture;

    public SentMailPageTests(Fixture fixture) => _fixture = fixture;

    /// <summary>A demo host in folder mode with one sent, one failed and 55 waiting messages.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public EmailHost Host { get; } = new(smtpPort: null, demo: true);
        public OutboxMessageRecord Sent { get; private set; } = null!;
        public OutboxMessageRecord Failed { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var to = new EmailRecipient("canbo1@congvu.example", "Nguyễn Văn An");
            Sent = await Host.WaitForStatusAsync((await Host.EnqueueAsync("page:sent", new EmailPayload([to], "[Công Vụ] Công việc mới: Kế hoạch năm 2027",
                "<p>Nội dung <script>alert(1)</script></p>", "Nội dung"))).DedupeKey, OutboxStatus.Sent);
            var broken = new EmailPayload([to], "x", "", "").ToOutboxMessage("page:failed", DateTime.UtcNow);
            broken.Payload = "{\"to\":[]}";
            await Host.Get<IOutboxStore>().EnqueueAsync(broken);
            Failed = await Host.WaitForStatusAsync("page:failed", OutboxStatus.Failed);
            for (var i = 0; i < 55; i++)
            {
                var waiting = new EmailPayload([to], $"[Công Vụ] Nhắc việc số {i:D2}", "<p>x</p>", "x").ToOutboxMessage($"page:pending:{i}", DateTime.UtcNow);
                (waiting.CreatedAt, waiting.NextAttemptAt) = (new DateTime(2027, 1, 15, 1, 30, 0, DateTimeKind.Utc), DateTime.UtcNow.AddDays(1));
                await Host.Get<IOutboxStore>().EnqueueAsync(waiting);
            }
        }

        public Task DisposeAsync()
        {
            Host.Dispose();
            return Task.CompletedTask;
        }
    }

    private async Task<Browser> AdminAsync()
    {
        var browser = _fixture.Host.NewBrowser();
        using var response = await browser.SignInAsync("admin", DemoHost.Password);
        Assert.True(browser.IsSignedIn);
        return browser;
    }

    [Fact]
    public async Task List_ShowsStatusesRecipientsSubjectsVietnamTimesAndPages()
    {
        using var browser = await AdminAsync();
        var html = await browser.Client.GetStringAsync(Page);
        Assert.Contains("<h1>Thư đã gửi</h1>", html, StringComparison.Ordinal);
        Assert.Contains("57 thư · trang 1/2", html, StringComparison.Ordinal);
        Assert.Contains("Đang chờ", html, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn An &lt;canbo1@congvu.example&gt;", html, StringComparison.Ordinal);
        Assert.Contains("15/01/2027 08:30", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/quan-tri/thu-da-gui?trang=2\">Trang sau »", html, StringComparison.Ordinal);
        Assert.Equal(50, html.Split("<tr><td><span class=\"badge").Length - 1);

        var failed = await browser.Client.GetStringAsync(Page + "?trang-thai=loi");
        Assert.Contains("1 thư · trang 1/1", failed, StringComparison.Ordinal);
        Assert.Contains(">Lỗi</span>", failed, StringComparison.Ordinal);
        Assert.Contains("no recipient", failed, StringComparison.Ordinal);

        var sent = await browser.Client.GetStringAsync(Page + "?trang-thai=da-gui");
        Assert.Contains(">Đã gửi</span>", sent, StringComparison.Ordinal);
        Assert.Contains("[Công Vụ] Công việc mới: Kế hoạch năm 2027", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_ShowsHtmlInASandboxedFrameAndLinksTheEmlFile()
    {
        using var browser = await AdminAsync();
        var html = await browser.Client.GetStringAsync($"{Page}/{_fixture.Sent.Id}");
        Assert.Contains("<iframe sandbox title=\"Nội dung thư\" srcdoc=\"&lt;p&gt;Nội dung &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Page}/{_fixture.Sent.Id}/eml\"", html, StringComparison.Ordinal);

        using var eml = await browser.Client.GetAsync($"{Page}/{_fixture.Sent.Id}/eml");
        Assert.Equal(HttpStatusCode.OK, eml.StatusCode);
        Assert.Equal("message/rfc822", eml.Content.Headers.ContentType?.MediaType);

        using var missing = await browser.Client.GetAsync($"{Page}/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var noFile = await browser.Client.GetAsync($"{Page}/{_fixture.Failed.Id}/eml");
        Assert.Equal(HttpStatusCode.NotFound, noFile.StatusCode);
    }

    [Fact]
    public async Task Staff_AreSentToTheForbiddenPage()
    {
        using var browser = _fixture.Host.NewBrowser();
        using var signIn = await browser.SignInAsync("canbo1", DemoHost.Password);
        using var response = await browser.Client.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/khong-co-quyen", response.Headers.Location?.AbsolutePath);
    }
}
