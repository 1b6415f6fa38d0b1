using Xunit;
using static Microsoft.Playwright.Assertions;

namespace CongVu.Studio.Tests.Approval;

/// <summary>
/// The people side of "Phê duyệt hai bước" with real parts: the host process sends task e-mails over SMTP to maildev,
/// and each person opens the signed link of their e-mail in Chromium and decides on the task page. Draft → return
/// (refused first without a comment) → revise → approve; then every e-mail is checked, in order and exactly once.
/// Screenshots of each step: TestResults/approval-screenshots/.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class TwoStepApprovalEndToEndTests : IAsyncLifetime
{
    private const string Canbo1 = "canbo1@congvu.example", Head = "truongphong1@congvu.example", Giamdoc1 = "giamdoc1@congvu.example";
    private const string DrafterName = "Nguyễn Văn An", HeadName = "Trần Thị Bình";
    private const string P = "[Công Vụ] ";
    private const string Title1 = "Kế hoạch cải cách hành chính năm 2027";
    private const string Title2 = "Kế hoạch cải cách hành chính năm 2027 (bổ sung số liệu quý IV)";
    private const string Body = "Phạm vi, nội dung và tiến độ thực hiện từng quý; kinh phí: 1.250.000.000 đồng.";
    private const string ReturnComment = "Đề nghị bổ sung số liệu quý IV và tiến độ từng tháng.";
    private readonly ApprovalSite _site = new();

    public Task InitializeAsync() => _site.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task DraftReturnReviseApprove_ThroughEmailLinksInChromium()
    {
        try
        {
            await RunAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{e.Message}\n--- last host output ---\n{_site.HostOutput}", e);
        }
    }

    private async Task RunAsync()
    {
        // 1-2. The approval, and a task of another unit (Sở Nội vụ) for the refusal checks, started through the API.
        var instanceId = await _site.Api.StartApprovalAsync("canbo1", "CV-E2E-2027-001");
        await _site.Api.StartApprovalAsync("giamdoc1", "CV-E2E-2027-002");

        // 3. The drafter's "new task" e-mail.
        var draftMail = await _site.Mail.WaitForAsync(Canbo1, P + "Công việc mới: Soạn và trình văn bản");
        Assert.Contains("Anh/chị được giao một công việc mới trên hệ thống Công Vụ.", draftMail.Text, StringComparison.Ordinal);
        Assert.Contains("Nội dung: Soạn dự thảo và trình thủ trưởng đơn vị duyệt.", draftMail.Text, StringComparison.Ordinal);
        Assert.Contains("Đơn vị: Văn phòng UBND", draftMail.Text, StringComparison.Ordinal);
        var draftLink = draftMail.TaskLink(_site.BaseAddress, DrafterName);
        var otherUnitLink = (await _site.Mail.WaitForAsync(Giamdoc1, P + "Công việc mới: Soạn và trình văn bản")).TaskLink(_site.BaseAddress, "Phạm Thị Dung");

        // 4. The drafter opens it in a fresh browser (signed in by the link), fills the form and submits.
        var drafter = await _site.NewPageAsync();
        await OpenLinkAsync(drafter, draftLink, DrafterName, "01-nguoi-soan-mo-lien-ket");
        await drafter.GetByLabel("Trích yếu").FillAsync(Title1);
        await drafter.GetByLabel("Nội dung dự thảo").FillAsync(Body);
        await ApprovalSite.ShotAsync(drafter, "02-nguoi-soan-dien-bieu-mau");
        await DecideAsync(drafter, "Trình", "03-nguoi-soan-da-trinh");

        // 5. The head's e-mail and page; the refusal checks while the step is open; "Trả lại" without, then with a comment.
        var reviewMail = await _site.Mail.WaitForAsync(Head, $"{P}Công việc mới: Duyệt: {Title1}");
        Assert.Contains($"Người trình: {DrafterName}", reviewMail.Text, StringComparison.Ordinal);
        Assert.Contains("Hạn xử lý: ", reviewMail.Text, StringComparison.Ordinal);
        var reviewLink = reviewMail.TaskLink(_site.BaseAddress, HeadName);
        var head = await _site.NewPageAsync();
        await OpenLinkAsync(head, reviewLink, HeadName, "04-truong-phong-mo-lien-ket");
        await AssertDocumentAsync(head, Title1, Body);
        await RefusalsAsync(drafter, instanceId, Mail.TaskId(reviewLink), otherUnitLink, draftLink);
        await ReturnWithoutCommentAsync(head, instanceId, Mail.TaskId(reviewLink));
        await head.GetByLabel("Ý kiến xử lý").FillAsync(ReturnComment);
        await DecideAsync(head, "Trả lại", "09-truong-phong-da-tra-lai");

        // 6. The drafter hears it was returned, gets the task again with the comment and the draft as written, revises, submits.
        var returned = await _site.Mail.WaitForAsync(Canbo1, $"{P}Hồ sơ của bạn bị trả lại: Duyệt: {Title1}");
        Assert.Contains("Đề nghị anh/chị xem ý kiến dưới đây, chỉnh sửa và trình lại.", returned.Text, StringComparison.Ordinal);
        Assert.Contains($"Ý kiến: {ReturnComment}", returned.Text, StringComparison.Ordinal);
        Assert.Contains($"Người xử lý: {HeadName}", returned.Text, StringComparison.Ordinal);
        _ = returned.TaskLink(_site.BaseAddress, DrafterName); // checked like the others: greeting, bodies, one signed link
        var redraftMail = await _site.Mail.WaitForAsync(Canbo1, $"{P}Công việc mới: Soạn và trình văn bản: {Title1}");
        Assert.Contains($"Nội dung: Trưởng phòng trả lại với ý kiến: {ReturnComment}", redraftMail.Text, StringComparison.Ordinal);
        await OpenLinkAsync(drafter, redraftMail.TaskLink(_site.BaseAddress, DrafterName), DrafterName, "10-nguoi-soan-nhan-lai");
        await Expect(drafter.Locator("p.desc")).ToHaveTextAsync($"Trưởng phòng trả lại với ý kiến: {ReturnComment}");
        await Expect(drafter.Locator("ol.history")).ToContainTextAsync(ReturnComment);
        await Expect(drafter.GetByLabel("Trích yếu")).ToHaveValueAsync(Title1);
        await Expect(drafter.GetByLabel("Nội dung dự thảo")).ToHaveValueAsync(Body);
        await drafter.GetByLabel("Trích yếu").FillAsync(Title2);
        await ApprovalSite.ShotAsync(drafter, "11-nguoi-soan-sua-du-thao");
        await DecideAsync(drafter, "Trình", "12-nguoi-soan-trinh-lai");

        // 7. The head approves the revision; the instance finishes.
        await _site.Mail.WaitForAsync(Head, $"{P}Hồ sơ của bạn đã được xử lý: Soạn và trình văn bản: {Title1}");
        var secondMail = await _site.Mail.WaitForAsync(Head, $"{P}Công việc mới: Duyệt: {Title2}");
        await OpenLinkAsync(head, secondMail.TaskLink(_site.BaseAddress, HeadName), HeadName, "13-truong-phong-duyet-lai");
        await AssertDocumentAsync(head, Title2, Body);
        await DecideAsync(head, "Duyệt", "14-truong-phong-da-duyet");
        Assert.Equal("Finished", await _site.Api.SubStatusAsync(instanceId));
        Assert.Empty(await _site.Api.OpenTaskIdsAsync(instanceId));

        // 8. The submitter's result e-mail and its link; then every message, in order, exactly once.
        var approved = await _site.Mail.WaitForAsync(Canbo1, $"{P}Hồ sơ của bạn đã được duyệt: Duyệt: {Title2}");
        Assert.Contains("Kết quả: Duyệt", approved.Text, StringComparison.Ordinal);
        await OpenLinkAsync(drafter, approved.TaskLink(_site.BaseAddress, DrafterName), DrafterName, "15-nguoi-soan-xem-ket-qua");
        await Expect(drafter.Locator("dl.facts")).ToContainTextAsync($"Đã xử lý: Duyệt ({HeadName}");
        await AssertEveryMessageOnceAsync();
    }
}
