using System.Text.Json.Nodes;
using CongVu.Host.Complaints;
using CongVu.Host.Tasks;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CongVu.Host.Tests.Complaints;

/// <summary>The head's approval: a returned proposal goes back to the same officer with the head's comment; nothing is sent until approval.</summary>
public sealed class ApprovalTests(ComplaintsHost host) : IClassFixture<ComplaintsHost>
{
    [Fact]
    public async Task ReturnedProposal_GoesBackToTheOfficer_ThenApproval_AnswersWithoutApology()
    {
        host.Clock.Set(ComplaintsHost.Now);
        var complaint = await host.AcceptedCaseAsync("Niêm yết thủ tục chưa đầy đủ", email: "khach@example.vn");
        var task = await host.ClaimInvestigationAsync(complaint, "pa.canbo2");
        var actions = host.Get<TaskActions>();
        var (officer, head) = (await host.UserIdAsync("pa.canbo2"), await host.UserIdAsync("pa.truong"));

        // A proposal without its findings is refused at the task.
        var incomplete = await actions.CompleteAsync(officer, task.Id, "Đề xuất giải quyết", null, new JsonObject { ["noiDungGiaiQuyet"] = "Đã niêm yết bổ sung." });
        Assert.Equal(["ketQuaKiemTra", "loiCoQuan"], incomplete.FieldErrors.Keys.Order(StringComparer.Ordinal));

        Assert.True((await actions.CompleteAsync(officer, task.Id, "Đề xuất giải quyết", null, new JsonObject
        {
            ["ketQuaKiemTra"] = "Bảng niêm yết thiếu hai thủ tục.", ["noiDungGiaiQuyet"] = "Đã niêm yết bổ sung.", ["loiCoQuan"] = "Không",
        })).Succeeded);
        var review = await host.OpenTaskAsync(complaint.InstanceId);
        Assert.Equal(head, review.AssigneeUserId);
        Assert.Equal(complaint.DueAt, review.DueAt);
        var returned = await actions.CompleteAsync(head, review.Id, "Trả lại", "Ghi rõ ngày niêm yết bổ sung.", null);
        Assert.True(returned.Succeeded, returned.Message);

        var again = await host.OpenTaskAsync(complaint.InstanceId);
        Assert.Equal(officer, again.AssigneeUserId);
        Assert.Contains("Ghi rõ ngày niêm yết bổ sung.", again.Description, StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.InProgress, (await host.ComplaintAsync(complaint.TrackingCode)).Status);
        Assert.DoesNotContain(await host.MailToAsync("khach@example.vn"), m => m.Subject.Contains("Trả lời", StringComparison.Ordinal));

        Assert.True((await actions.CompleteAsync(officer, again.Id, "Đề xuất giải quyết", null, new JsonObject
        {
            ["ketQuaKiemTra"] = "Bảng niêm yết thiếu hai thủ tục.", ["noiDungGiaiQuyet"] = "Ngày 05/03/2027 đã niêm yết bổ sung.", ["loiCoQuan"] = "Không",
        })).Succeeded);
        Assert.True((await actions.CompleteAsync(head, (await host.OpenTaskAsync(complaint.InstanceId)).Id, "Duyệt", null, null)).Succeeded);
        var answered = await host.ComplaintAsync(complaint.TrackingCode);
        Assert.Equal((ComplaintStatus.Published, false, "Ngày 05/03/2027 đã niêm yết bổ sung."), (answered.Status, answered.AtFault, answered.PublishedSummary));
        var mail = Assert.Single(await host.MailToAsync("khach@example.vn"), m => m.Subject.Contains("Trả lời", StringComparison.Ordinal));
        Assert.DoesNotContain("xin lỗi", mail.Text, StringComparison.Ordinal);
        var history = await host.ComplaintsAsync(db => db.Events.Where(e => e.ComplaintId == complaint.Id).Select(e => e.Text).ToListAsync());
        Assert.Contains("Thủ trưởng đơn vị trả lại phương án giải quyết: Ghi rõ ngày niêm yết bổ sung.", history);
    }
}
