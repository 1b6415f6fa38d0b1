using System.Net;
using System.Text.Json.Nodes;
using CongVu.Engine.Tasks;
using CongVu.Host.People;
using CongVu.Host.Tests.People;
using Xunit;

namespace CongVu.Host.Tests.Inbox;

public sealed class TaskPageTests(InboxHost host) : IClassFixture<InboxHost>
{
    private const string Form = "test-inbox-ho-so";

    [Fact]
    public async Task TaskPage_ShowsTheAsk_SandboxedDocument_FieldsByType_HistoryAndOneButtonPerOutcome()
    {
        await host.CreateUserAsync("tp-xem", "Lý Thị Mai", "VP-UBND", Roles.Staff);
        var task = await host.StartAsync(Form, new JsonObject { ["assignee"] = "tp-xem" });
        using var browser = await host.SignInAsync("tp-xem");
        using var response = await browser.Client.GetAsync($"/cong-viec/{task.Id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var text in new[]
        {
            "<h1>Hoàn thiện hồ sơ trình ký</h1>", "Nhập số hiệu, đính kèm bản scan (PDF) và gửi.", "<dt>Hạn xử lý</dt><dd>Không có hạn xử lý</dd>",
            "<dt>Trạng thái</dt><dd>Đang chờ xử lý</dd>", "<dt>Người xử lý</dt><dd>Lý Thị Mai</dd>",
            "<h2>Dự thảo công văn</h2>", "<iframe class=\"doc\" sandbox=\"\"", "&lt;script&gt;alert(",
            "<input type=\"text\" id=\"f-0\" name=\"f.soHieu\" required", "<textarea id=\"f-1\" name=\"f.ghiChu\"",
            "<input type=\"number\" step=\"any\" inputmode=\"decimal\" id=\"f-2\"", "<input type=\"date\" id=\"f-3\" name=\"f.ngayKy\"",
            "<option value=\"Hỏa tốc\">Hỏa tốc</option>", "<input type=\"file\" id=\"f-5\" name=\"f.banScan\" accept=\".pdf\">",
            "Định dạng: .pdf. Dung lượng tối đa: 2 KB.", "enctype=\"multipart/form-data\"",
            "<button type=\"submit\" name=\"outcome\" value=\"Gửi\">Gửi</button>", "<button type=\"submit\" name=\"outcome\" value=\"Trả lại\">Trả lại</button>",
            "Bắt buộc nhập ý kiến khi chọn: «Trả lại».", "<h2>Ý kiến và quá trình xử lý</h2>", "Giao việc",
        })
            Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_OutcomeNeedingCommentWithoutOne_Returns400_KeepsValues_ChangesNothing()
    {
        await host.CreateUserAsync("tp-yk", "Trịnh Văn Hải", "VP-UBND", Roles.Staff);
        var task = await host.StartAsync(Form, new JsonObject { ["assignee"] = "tp-yk" });
        using var browser = await host.SignInAsync("tp-yk");
        var token = await browser.GetTokenAsync($"/cong-viec/{task.Id}");

        using var response = await browser.PostFormAsync($"/cong-viec/{task.Id}",
            ("__RequestVerificationToken", token), ("f.soHieu", "123/UBND-VP"), ("f.ghiChu", "Cần bổ sung <phụ lục>"), ("outcome", "Trả lại"), ("comment", " "));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Vui lòng nhập ý kiến khi chọn «Trả lại».", html, StringComparison.Ordinal);
        Assert.Contains("value=\"123/UBND-VP\"", html, StringComparison.Ordinal);
        Assert.Contains("Cần bổ sung &lt;phụ lục&gt;</textarea>", html, StringComparison.Ordinal);
        var after = await host.FindAsync(task.Id);
        Assert.Equal(HumanTaskStatus.Open, after.Status);
        Assert.Null(after.Outcome);
    }

    [Fact]
    public async Task Complete_MissingRequiredField_ShowsTheMessageBesideTheField()
    {
        await host.CreateUserAsync("tp-thieu", "Mai Văn Tùng", "VP-UBND", Roles.Staff);
        var task = await host.StartAsync(Form, new JsonObject { ["assignee"] = "tp-thieu" });
        using var browser = await host.SignInAsync("tp-thieu");
        var token = await browser.GetTokenAsync($"/cong-viec/{task.Id}");

        using var response = await browser.PostFormAsync($"/cong-viec/{task.Id}", ("__RequestVerificationToken", token), ("f.soHieu", ""), ("f.doKhan", "Khẩn"), ("outcome", "Gửi"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"f-0-error\"", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"f-0-error\" role=\"alert\">Vui lòng nhập Số hiệu văn bản.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Khẩn\" selected>", html, StringComparison.Ordinal);
        Assert.Equal(HumanTaskStatus.Open, (await host.FindAsync(task.Id)).Status);
    }

    [Fact]
    public async Task Complete_WithoutAntiforgeryToken_Returns400_AndChangesNothing()
    {
        await host.CreateUserAsync("tp-csrf", "Đặng Văn Bảo", "VP-UBND", Roles.Staff);
        var task = await host.StartAsync(Form, new JsonObject { ["assignee"] = "tp-csrf" });
        using var browser = await host.SignInAsync("tp-csrf");
        await browser.GetTokenAsync($"/cong-viec/{task.Id}");

        using var response = await browser.PostFormAsync($"/cong-viec/{task.Id}", ("f.soHieu", "1"), ("outcome", "Gửi"));
        using var claim = await browser.PostFormAsync($"/cong-viec/{task.Id}/chuyen", ("toUserName", "canbo2"), ("reason", "Nghỉ phép"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Biểu mẫu đã hết hạn hoặc không hợp lệ.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, claim.StatusCode);
        var after = await host.FindAsync(task.Id);
        Assert.Equal(HumanTaskStatus.Open, after.Status);
        Assert.Equal(await host.UserIdAsync("tp-csrf"), after.AssigneeUserId);
    }

    [Fact]
    public async Task AnotherUnitsTask_Returns403_WithoutShowingIt()
    {
        var stranger = InboxHost.Task("Hồ sơ mật của UBND thành phố", await host.UserIdAsync("giamdoc1"), host.UnitId("UBND-TP"), InboxHost.Now.AddDays(1));
        await host.AddAsync([stranger]);
        using var browser = await host.SignInAsync("canbo1");

        using var page = await browser.Client.GetAsync($"/cong-viec/{stranger.Id}");
        var html = await page.Content.ReadAsStringAsync();
        var token = await browser.GetTokenAsync("/cong-viec");
        using var post = await browser.PostFormAsync($"/cong-viec/{stranger.Id}", ("__RequestVerificationToken", token), ("outcome", "Xong"));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Bạn không có quyền xem công việc này.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hồ sơ mật", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.DoesNotContain("Hồ sơ mật", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HumanTaskStatus.Open, (await host.FindAsync(stranger.Id)).Status);
    }

    [Fact]
    public async Task UnknownTask_Returns404Page()
    {
        using var browser = await host.SignInAsync("canbo1");
        using var response = await browser.Client.GetAsync("/cong-viec/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy công việc.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
