using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace CongVu.Studio.Tests.Approval;

public sealed partial class TwoStepApprovalEndToEndTests
{
    /// <summary>
    /// Opens a mail link: the token signs its person in and leaves the address bar (redirect to the bare task path),
    /// the task page shows with that person's name in the header and no sign-in form.
    /// </summary>
    private async Task OpenLinkAsync(IPage page, Uri link, string fullName, string shot)
    {
        var response = await page.GotoAsync(link.ToString());
        Assert.Equal(200, response!.Status);
        Assert.Equal(new Uri(_site.BaseAddress, $"cong-viec/{Uri.EscapeDataString(Mail.TaskId(link))}").ToString(), page.Url);
        await Expect(page.Locator("#password")).ToHaveCountAsync(0);
        await Expect(page.Locator("header form.user span")).ToHaveTextAsync(fullName);
        await ApprovalSite.ShotAsync(page, shot);
    }

    /// <summary>Clicks an outcome button: the decision is taken, the browser lands on the inbox with the success message.</summary>
    private static async Task DecideAsync(IPage page, string outcome, string shot)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = outcome, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/cong-viec$"));
        await Expect(page.Locator("p.flash")).ToHaveTextAsync($"Đã ghi nhận: {outcome}");
        await ApprovalSite.ShotAsync(page, shot);
    }

    /// <summary>The draft under review, as the head sees it in the page's sandboxed preview.</summary>
    private static async Task AssertDocumentAsync(IPage page, string title, string body)
    {
        var preview = page.FrameLocator("iframe.doc");
        await Expect(preview.Locator("h2")).ToHaveTextAsync(title);
        await Expect(preview.Locator("div")).ToHaveTextAsync(body);
    }

    /// <summary>"Trả lại" with an empty comment: refused with the message under the comment box; the task stays open, no e-mail goes.</summary>
    private async Task ReturnWithoutCommentAsync(IPage head, string instanceId, string reviewTaskId)
    {
        var mailBefore = (await _site.Mail.MessagesAsync()).Count;
        await Expect(head.GetByLabel("Ý kiến xử lý")).ToBeEmptyAsync();
        var response = await head.RunAndWaitForResponseAsync(
            () => head.GetByRole(AriaRole.Button, new() { Name = "Trả lại", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Equal(400, response.Status);
        await Expect(head.Locator("#comment-hint + p.field-error")).ToHaveTextAsync("Vui lòng nhập ý kiến khi chọn «Trả lại».");
        await Expect(head.Locator("dl.facts")).ToContainTextAsync("Đang chờ xử lý");
        await Expect(head.GetByRole(AriaRole.Button, new() { Name = "Duyệt", Exact = true })).ToBeVisibleAsync();
        await ApprovalSite.ShotAsync(head, "08-truong-phong-tra-lai-thieu-y-kien");

        Assert.Equal([reviewTaskId], await _site.Api.OpenTaskIdsAsync(instanceId));
        Assert.Equal("Suspended", await _site.Api.SubStatusAsync(instanceId));
        await head.ReloadAsync();
        await Expect(head.Locator("ol.history li")).ToHaveCountAsync(3); // Giao việc, Quyết định: Trình, Giao việc
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // two sender polls
        Assert.Equal(mailBefore, (await _site.Mail.MessagesAsync()).Count);
    }

    /// <summary>Every e-mail of the run in the order received (each group is one commit, sent in any order), each exactly once.</summary>
    private async Task AssertEveryMessageOnceAsync()
    {
        string[][] expected =
        [
            [$"{Canbo1}: {P}Công việc mới: Soạn và trình văn bản", $"{Giamdoc1}: {P}Công việc mới: Soạn và trình văn bản"],
            [$"{Head}: {P}Công việc mới: Duyệt: {Title1}"],
            [$"{Canbo1}: {P}Hồ sơ của bạn bị trả lại: Duyệt: {Title1}", $"{Canbo1}: {P}Công việc mới: Soạn và trình văn bản: {Title1}"],
            [$"{Head}: {P}Hồ sơ của bạn đã được xử lý: Soạn và trình văn bản: {Title1}", $"{Head}: {P}Công việc mới: Duyệt: {Title2}"],
            [$"{Canbo1}: {P}Hồ sơ của bạn đã được duyệt: Duyệt: {Title2}"],
        ];
        await Task.Delay(TimeSpan.FromSeconds(3)); // three sender polls: a message sent twice would be here by now
        var received = await _site.Mail.MessagesAsync();
        var actual = received.Select(m => m.ToString()).ToList();
        Assert.True(actual.Count == expected.Sum(g => g.Length), "Received:\n" + string.Join("\n", actual));
        var at = 0;
        foreach (var group in expected)
        {
            Assert.Equal(group.Order(StringComparer.Ordinal), actual.Skip(at).Take(group.Length).Order(StringComparer.Ordinal));
            at += group.Length;
        }
        Assert.Equal(actual.Count, actual.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(received.Count, received.Select(m => m.MessageId).OfType<string>().Distinct(StringComparer.Ordinal).Count());
    }
}
