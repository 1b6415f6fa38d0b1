using System.Net;
using System.Text.Json.Nodes;
using CongVu.Host.Complaints;
using CongVu.Host.Tasks;
using Xunit;

namespace CongVu.Host.Tests.Complaints;

/// <summary>
/// Who opens a case and who sees its reporter. Decision: the identity is shown to the handling officer (whoever holds the
/// case's task in the handling unit, or proposed its resolution) and the head of the handling unit, and to nobody else —
/// not colleagues, not the receiving office, not the supervising department, not administrators.
/// </summary>
public sealed class CaseAccessTests(ComplaintsHost host) : IClassFixture<ComplaintsHost>
{
    private const string Reporter = "Phạm Văn Tố";

    [Fact]
    public async Task IdentityIsShownOnlyToTheOfficerAndTheHead()
    {
        host.Clock.Set(ComplaintsHost.Now);
        var complaint = await host.AcceptedCaseAsync("Cán bộ địa chính gợi ý nhận tiền", reporterName: Reporter, email: "to.pham@example.vn");
        var path = $"/phan-anh/quan-ly/{complaint.TrackingCode}";

        // Before anyone takes the investigation, no one in the ward holds it: only the head sees the reporter.
        Assert.False(await SeesIdentityAsync("pa.canbo1", path));
        Assert.True(await SeesIdentityAsync("pa.truong", path));

        await host.ClaimInvestigationAsync(complaint, "pa.canbo1");
        Assert.True(await SeesIdentityAsync("pa.canbo1", path));
        foreach (var user in new[] { "pa.canbo2", "pa.tiepnhan", "pa.truongtcd", "pa.giamdoc", "admin" })
            Assert.False(await SeesIdentityAsync(user, path), user);

        // Reassigned to a colleague: the identity follows the case, not the person.
        var task = await host.OpenTaskAsync(complaint.InstanceId);
        var moved = await host.Get<TaskActions>().ReassignAsync(await host.UserIdAsync("pa.truong"), task.Id, "pa.canbo2", "Cán bộ An đi công tác.");
        Assert.True(moved.Succeeded, moved.Message);
        Assert.True(await SeesIdentityAsync("pa.canbo2", path));
        Assert.False(await SeesIdentityAsync("pa.canbo1", path));

        // Nor does it reach the list, the lookup or the case's task pages.
        using var head = await host.SignInAsync("pa.truong");
        Assert.DoesNotContain(Reporter, await head.Client.GetStringAsync("/phan-anh/quan-ly"), StringComparison.Ordinal);
        Assert.DoesNotContain(Reporter, await head.Client.GetStringAsync($"/cong-viec/{task.Id}"), StringComparison.Ordinal);
        Assert.DoesNotContain(Reporter, await host.NewBrowser().Client.GetStringAsync($"/phan-anh/tra-cuu?ma={complaint.TrackingCode}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhileTheCaseWaitsForTheCitizen_TheOfficerWhoAskedStillSeesTheReporter()
    {
        host.Clock.Set(ComplaintsHost.Now);
        var complaint = await host.AcceptedCaseAsync("Chờ bổ sung: hồ sơ cấp phép", reporterName: Reporter, email: "to.pham@example.vn");
        var task = await host.ClaimInvestigationAsync(complaint, "pa.canbo2");
        var asked = await host.Get<TaskActions>().CompleteAsync(await host.UserIdAsync("pa.canbo2"), task.Id, "Yêu cầu bổ sung", "Bản vẽ hiện trạng.", null);
        Assert.True(asked.Succeeded, asked.Message);
        Assert.Empty(await host.OpenTasksAsync(complaint.InstanceId));
        var path = $"/phan-anh/quan-ly/{complaint.TrackingCode}";
        Assert.True(await SeesIdentityAsync("pa.canbo2", path));
        Assert.False(await SeesIdentityAsync("pa.canbo1", path));
    }

    [Fact]
    public async Task AnotherUnitsStaff_CannotOpenTheCase_NorSeeItListed()
    {
        host.Clock.Set(ComplaintsHost.Now);
        var complaint = await host.AcceptedCaseAsync("Thu phí không đúng quy định");
        using var other = await host.SignInAsync("pa.khac");
        using var denied = await other.Client.GetAsync($"/phan-anh/quan-ly/{complaint.TrackingCode}");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var html = await denied.Content.ReadAsStringAsync();
        Assert.Contains("Bạn không có quyền xem hồ sơ phản ánh này.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Thu phí không đúng quy định", html, StringComparison.Ordinal);
        Assert.DoesNotContain(complaint.TrackingCode, await other.Client.GetStringAsync("/phan-anh/quan-ly"), StringComparison.Ordinal);
        using var otherHead = await host.SignInAsync("pa.truongkhac");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherHead.Client.GetAsync($"/phan-anh/quan-ly/{complaint.TrackingCode}")).StatusCode);
        using var task = await other.Client.GetAsync($"/cong-viec/{(await host.OpenTaskAsync(complaint.InstanceId)).Id}");
        Assert.Equal(HttpStatusCode.Forbidden, task.StatusCode);

        // The ward's staff, the receiving office and the supervising department open it.
        foreach (var user in new[] { "pa.canbo2", "pa.tiepnhan", "pa.giamdoc" })
        {
            using var browser = await host.SignInAsync(user);
            Assert.Contains(complaint.TrackingCode, await browser.Client.GetStringAsync("/phan-anh/quan-ly"), StringComparison.Ordinal);
            using var page = await browser.Client.GetAsync($"/phan-anh/quan-ly/{complaint.TrackingCode}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Fact]
    public async Task ASecondRequest_IsRefusedByTheActivityToo_AndTheFirstStands()
    {
        host.Clock.Set(ComplaintsHost.Now);
        var complaint = await host.AcceptedCaseAsync("Hai yêu cầu bổ sung trong một quy trình sửa đổi");
        var instance = await host.StartAsync("pa-bo-sung-hai-lan", new JsonObject { ["complaintId"] = complaint.Id });
        var first = await host.ComplaintAsync(complaint.TrackingCode);
        Assert.Equal(("Giấy tờ A", ComplaintStatus.AwaitingSupplement), (first.SupplementRequest, first.Status));
        Assert.Single(await host.MailToAsync("binh.tran@example.vn"), m => m.Text.Contains("Giấy tờ A", StringComparison.Ordinal));

        // The five days run out (the timer resumes it), the workflow asks again: refused, nothing changes, no e-mail.
        await host.RunAtAsync(ComplaintsHost.Now.AddDays(6));
        var after = await host.ComplaintAsync(complaint.TrackingCode);
        Assert.Equal((first.SupplementRequestedAt, "Giấy tờ A", ComplaintStatus.InProgress), (after.SupplementRequestedAt, after.SupplementRequest, after.Status));
        Assert.DoesNotContain(await host.MailToAsync("binh.tran@example.vn"), m => m.Text.Contains("Giấy tờ B", StringComparison.Ordinal));
        var finished = await host.InstanceAsync(instance);
        Assert.Equal("Finished", finished.Status);
        Assert.Contains("the second request is refused", await host.InstanceTextAsync(instance), StringComparison.Ordinal);
        var page = await (await host.SignInAsync("pa.truong")).Client.GetStringAsync($"/phan-anh/quan-ly/{complaint.TrackingCode}");
        Assert.Contains("Hết hạn bổ sung tài liệu", page, StringComparison.Ordinal);
        Assert.Contains("Từ chối yêu cầu bổ sung tài liệu lần thứ hai", page, StringComparison.Ordinal);
    }

    private async Task<bool> SeesIdentityAsync(string userName, string path)
    {
        using var browser = await host.SignInAsync(userName);
        using var response = await browser.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var sees = html.Contains(Reporter, StringComparison.Ordinal);
        Assert.Equal(sees, html.Contains("to.pham@example.vn", StringComparison.Ordinal));
        if (!sees) Assert.Contains("Thông tin người phản ánh chỉ hiển thị cho cán bộ được giao giải quyết và thủ trưởng đơn vị giải quyết.", html, StringComparison.Ordinal);
        return sees;
    }
}
