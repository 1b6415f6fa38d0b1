using System.Net;
using System.Text.Json.Nodes;
using CongVu.Engine.Tasks;
using CongVu.Host.People;
using Xunit;

namespace CongVu.Host.Tests.Inbox;

/// <summary>The repository's two-step approval (phe-duyet-hai-buoc) driven only through the inbox pages.</summary>
public sealed class ApprovalPagesTests(InboxHost host) : IClassFixture<InboxHost>
{
    [Fact]
    public async Task DraftThenRefuse_ThroughThePages_RecordsEachDecisionWithItsComment()
    {
        var draft = await host.StartAsync("phe-duyet-hai-buoc", new JsonObject { ["drafter"] = "canbo1" });
        using (var drafter = await host.SignInAsync("canbo1"))
        {
            var token = await drafter.GetTokenAsync($"/cong-viec/{draft.Id}");
            using var sent = await drafter.PostFormAsync($"/cong-viec/{draft.Id}", ("__RequestVerificationToken", token), ("idempotencyKey", "k-draft-1"),
                ("f.tieuDe", "Kế hoạch thực hiện “5 xây, 3 chống” năm 2027"), ("f.noiDung", "Mục tiêu: nâng cao kỷ cương."), ("outcome", "Trình"));
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            Assert.Equal("/cong-viec", sent.Headers.Location?.OriginalString);
            var inbox = await drafter.Client.GetStringAsync("/cong-viec");
            Assert.Contains("Đã ghi nhận: Trình", inbox, StringComparison.Ordinal);
            Assert.Contains("Kết quả: <strong>Trình</strong>", InboxListTests.Section(inbox, "da-xu-ly"), StringComparison.Ordinal);
            Assert.DoesNotContain("Đã ghi nhận", await drafter.Client.GetStringAsync("/cong-viec"), StringComparison.Ordinal);
        }

        var review = Assert.Single((await host.Get<ITaskStore>().ListTasksAsync(new TaskQuery { InstanceId = draft.InstanceId })).Items);
        using var head = await host.SignInAsync("truongphong1");
        var mine = InboxListTests.Section(await head.Client.GetStringAsync("/cong-viec"), "viec-cua-toi");
        Assert.Contains("Duyệt: Kế hoạch thực hiện “5 xây, 3 chống” năm 2027", mine, StringComparison.Ordinal);
        Assert.Contains("Phê duyệt hai bước · Văn phòng UBND", mine, StringComparison.Ordinal);

        var page = await head.Client.GetStringAsync($"/cong-viec/{review.Id}");
        foreach (var text in new[]
        {
            "<dt>Người trình</dt><dd>Nguyễn Văn An</dd>", "<dt>Hạn xử lý</dt><dd>04/03/2027 09:00</dd>", "sandbox=\"\"",
            "Mục tiêu: nâng cao kỷ cương.", "<strong>Nguyễn Văn An</strong>", "Quyết định: Trình",
            "value=\"Duyệt\"", "value=\"Trả lại\"", "value=\"Từ chối\"", "Bắt buộc nhập ý kiến khi chọn: «Trả lại», «Từ chối».",
        })
            Assert.Contains(text, page, StringComparison.Ordinal);

        var token2 = Browser(page);
        using var refused = await head.PostFormAsync($"/cong-viec/{review.Id}", ("__RequestVerificationToken", token2), ("outcome", "Từ chối"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Vui lòng nhập ý kiến khi chọn «Từ chối».", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HumanTaskStatus.Open, (await host.FindAsync(review.Id)).Status);

        using var done = await head.PostFormAsync($"/cong-viec/{review.Id}", ("__RequestVerificationToken", token2), ("outcome", "Từ chối"), ("comment", "Không phù hợp chỉ đạo."));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await host.FindAsync(review.Id);
        Assert.Equal((HumanTaskStatus.Completed, "Từ chối"), (after.Status, after.Outcome));
        var history = await head.Client.GetStringAsync($"/cong-viec/{review.Id}");
        Assert.Contains("Quyết định: Từ chối<p>Không phù hợp chỉ đạo.</p>", history, StringComparison.Ordinal);
        Assert.Contains("Đã xử lý: <strong>Từ chối</strong>", history, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"outcome\"", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reassign_WithReason_MovesTheTask_AndAnUnknownUserIsRefusedBesideTheField()
    {
        await host.CreateUserAsync("ap-chuyen", "Quách Văn Đức", "VP-UBND", Roles.Staff);
        var task = await host.StartAsync("phe-duyet-hai-buoc", new JsonObject { ["drafter"] = "ap-chuyen" });
        using var browser = await host.SignInAsync("ap-chuyen");
        var token = await browser.GetTokenAsync($"/cong-viec/{task.Id}");

        using var unknown = await browser.PostFormAsync($"/cong-viec/{task.Id}/chuyen", ("__RequestVerificationToken", token), ("toUserName", "khong-ai"), ("reason", "Đi công tác"));
        var html = await unknown.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("<details open><summary>Chuyển người xử lý</summary>", html, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy người dùng «khong-ai».", html, StringComparison.Ordinal);
        Assert.Contains("Đi công tác</textarea>", html, StringComparison.Ordinal);

        using var moved = await browser.PostFormAsync($"/cong-viec/{task.Id}/chuyen", ("__RequestVerificationToken", token), ("toUserName", "canbo2"), ("reason", "Đi công tác"));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(await host.UserIdAsync("canbo2"), (await host.FindAsync(task.Id)).AssigneeUserId);
        Assert.Contains("Đã chuyển công việc cho canbo2.", await browser.Client.GetStringAsync("/cong-viec"), StringComparison.Ordinal);
    }

    private static string Browser(string html) => People.Browser.TokenFrom(html) ?? throw new InvalidOperationException("No token.");
}
