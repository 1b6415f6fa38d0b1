using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace CongVu.Studio.Tests.Approval;

public sealed partial class TwoStepApprovalEndToEndTests
{
    /// <summary>
    /// While the head's step is open, in the drafter's signed-in browser: the step they submitted is visible but not
    /// theirs to decide (no buttons; a forged post is refused with 403, four-eyes); another unit's task is the 403 page;
    /// a tampered mail link is refused and signs no one in.
    /// </summary>
    private async Task RefusalsAsync(IPage drafter, string instanceId, string reviewTaskId, Uri otherUnitLink, Uri draftLink)
    {
        var reviewPath = $"/cong-viec/{Uri.EscapeDataString(reviewTaskId)}";
        var view = await drafter.GotoAsync(reviewPath);
        Assert.Equal(200, view!.Status);
        await Expect(drafter.Locator("#xu-ly")).ToContainTextAsync($"Công việc đang do {HeadName} xử lý; bạn chỉ xem được.");
        await Expect(drafter.Locator("button[name=outcome]")).ToHaveCountAsync(0);
        await ApprovalSite.ShotAsync(drafter, "05-nguoi-soan-chi-xem-buoc-duyet");

        // The page offers no form, so post one by hand with the session's own antiforgery token (from the sign-out form).
        var token = drafter.Locator("header form.user input[type=hidden]");
        var form = drafter.Context.APIRequest.CreateFormData();
        form.Set((await token.GetAttributeAsync("name"))!, (await token.GetAttributeAsync("value"))!);
        form.Set("outcome", "Duyệt");
        var forged = await drafter.Context.APIRequest.PostAsync(new Uri(_site.BaseAddress, reviewPath).ToString(),
            new() { Form = form, MaxRedirects = 0 });
        Assert.Equal(403, forged.Status);
        Assert.Contains("Người trình không được tự duyệt bước này.", await forged.TextAsync(), StringComparison.Ordinal);
        Assert.Equal([reviewTaskId], await _site.Api.OpenTaskIdsAsync(instanceId));

        var other = await drafter.GotoAsync(otherUnitLink.AbsolutePath);
        Assert.Equal(403, other!.Status);
        await Expect(drafter.Locator("main h1")).ToHaveTextAsync("Không có quyền truy cập");
        await Expect(drafter.Locator("main [role=alert]")).ToHaveTextAsync("Bạn không có quyền xem công việc này.");
        await Expect(drafter.Locator("main")).Not.ToContainTextAsync("Soạn và trình");
        await ApprovalSite.ShotAsync(drafter, "06-can-bo-mo-viec-don-vi-khac-403");

        var stranger = await _site.NewPageAsync();
        var tampered = await stranger.GotoAsync(Mail.Tampered(draftLink).ToString());
        Assert.Equal(400, tampered!.Status);
        await Expect(stranger.Locator("main [role=alert]")).ToHaveTextAsync("Liên kết không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập.");
        await Expect(stranger.Locator("header form.user")).ToHaveCountAsync(0);
        await ApprovalSite.ShotAsync(stranger, "07-lien-ket-bi-sua-bi-tu-choi");
        await stranger.GotoAsync("/cong-viec");
        await Expect(stranger).ToHaveURLAsync(new Regex("/dang-nhap\\?returnUrl="));
    }
}
