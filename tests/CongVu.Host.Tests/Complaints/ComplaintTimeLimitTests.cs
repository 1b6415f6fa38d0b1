using System.Text.Json.Nodes;
using CongVu.Engine.Tasks;
using CongVu.Host.Complaints;
using CongVu.Host.Email;
using CongVu.Host.Tasks;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CongVu.Host.Tests.Complaints;

/// <summary>The legal time limit of a case (30 days, 45 if complex, from acceptance), its reminders, escalations and extensions.</summary>
public sealed class ComplaintTimeLimitTests(ComplaintsHost host) : IClassFixture<ComplaintsHost>
{
    [Fact]
    public async Task ComplexCase_Gets45Days_RemindersBeforeAndEscalationsAfter_ToOfficerHeadAndSupervisor()
    {
        // Accepted Wednesday 03/03/2027: 45 days, the last being Saturday 17/04/2027 (calendar days: weekends count).
        host.Clock.Set(new DateTimeOffset(2027, 3, 3, 2, 0, 0, TimeSpan.Zero));
        var complaint = await host.AcceptedCaseAsync("Vụ việc phức tạp: cấp phép xây dựng", complex: true);
        Assert.True(complaint.IsComplex);
        var dueUtc = new DateTime(2027, 4, 17, 16, 59, 0, DateTimeKind.Utc);
        Assert.Equal(dueUtc, complaint.DueAt);
        var task = await host.ClaimInvestigationAsync(complaint);
        Assert.Equal(dueUtc, task.DueAt);
        var page = await (await host.SignInAsync("pa.canbo1")).Client.GetStringAsync($"/phan-anh/quan-ly/{complaint.TrackingCode}");
        Assert.Contains("17/04/2027 (45 ngày kể từ ngày thụ lý)", page, StringComparison.Ordinal);

        // Reminders 3 and 1 working days before 23:59 on Saturday 17/04; Friday 16/04 is Hùng Kings' day (10/3 lunar), so they
        // come at 23:59 on Tuesday 13/04 and Thursday 15/04.
        var officerMail = "pa.canbo1@congvu.example";
        await host.RunAtAsync(new DateTimeOffset(2027, 4, 13, 16, 58, 0, TimeSpan.Zero));
        Assert.DoesNotContain(await host.MailToAsync(officerMail), m => m.Subject.Contains(complaint.TrackingCode, StringComparison.Ordinal) && IsReminder(m));
        await host.RunAtAsync(new DateTimeOffset(2027, 4, 15, 17, 0, 0, TimeSpan.Zero));
        var reminders = (await host.Get<ITaskStore>().ListTaskEventsAsync(task.Id)).Where(e => e.Kind == HumanTaskEventKind.Reminded).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.Equal(2, (await host.MailToAsync(officerMail)).Count(m => IsReminder(m) && m.Subject.Contains(complaint.TrackingCode, StringComparison.Ordinal)));

        // At the due instant level 1 goes to the ward's head; two working days later (23:59 on Tuesday 20/04) level 2 to the department's head.
        await host.RunAtAsync(new DateTimeOffset(2027, 4, 17, 17, 0, 0, TimeSpan.Zero));
        Assert.Contains(await host.MailToAsync("pa.truong@congvu.example"), m => m.Subject.Contains(complaint.TrackingCode, StringComparison.Ordinal));
        Assert.DoesNotContain(await host.MailToAsync("pa.giamdoc@congvu.example"), m => m.Subject.Contains(complaint.TrackingCode, StringComparison.Ordinal));
        await host.RunAtAsync(new DateTimeOffset(2027, 4, 20, 16, 58, 0, TimeSpan.Zero));
        Assert.DoesNotContain(await host.MailToAsync("pa.giamdoc@congvu.example"), m => m.Subject.Contains(complaint.TrackingCode, StringComparison.Ordinal));
        await host.RunAtAsync(new DateTimeOffset(2027, 4, 20, 17, 0, 0, TimeSpan.Zero));
        Assert.Contains(await host.MailToAsync("pa.giamdoc@congvu.example"), m => m.Subject.Contains(complaint.TrackingCode, StringComparison.Ordinal));
        var escalations = (await host.Get<ITaskStore>().ListTaskEventsAsync(task.Id)).Count(e => e.Kind == HumanTaskEventKind.Escalated);
        Assert.Equal(2, escalations);

        // The staff list marks it overdue.
        var list = await (await host.SignInAsync("pa.truong")).Client.GetStringAsync("/phan-anh/quan-ly?qua-han=1");
        Assert.Contains(complaint.TrackingCode, list, StringComparison.Ordinal);
        Assert.Contains("Quá hạn", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extension_BeyondTheLegalMaximum_IsRefusedAtTheTask_WithinIt_IsRecordedWithItsReason()
    {
        host.Clock.Set(new DateTimeOffset(2027, 5, 3, 2, 0, 0, TimeSpan.Zero));
        var complaint = await host.AcceptedCaseAsync("Chậm trả kết quả hồ sơ đất đai");
        Assert.Equal(new DateTime(2027, 6, 2, 16, 59, 0, DateTimeKind.Utc), complaint.DueAt); // last day 02/06/2027, 23:59
        var task = await host.ClaimInvestigationAsync(complaint);
        var officer = await host.UserIdAsync("pa.canbo1");
        var actions = host.Get<TaskActions>();

        // 45 days from 03/05 is 17/06: 18/06 is refused with the law's reason, and nothing changes.
        var refused = await actions.CompleteAsync(officer, task.Id, "Gia hạn", "Cần xác minh tại Văn phòng đăng ký đất đai.", new JsonObject { ["hanMoi"] = "2027-06-18" });
        Assert.False(refused.Succeeded);
        Assert.Contains("không quá 45 ngày kể từ ngày thụ lý (Luật Khiếu nại 2011, Điều 28): chậm nhất đến ngày 17/06/2027", refused.FieldErrors["hanMoi"], StringComparison.Ordinal);
        Assert.Equal(HumanTaskStatus.Open, (await host.Get<ITaskStore>().FindTaskAsync(task.Id))!.Status);
        Assert.Empty(await host.ComplaintsAsync(db => db.Extensions.Where(x => x.ComplaintId == complaint.Id).ToListAsync()));

        // A reason is required; then 17/06 is granted, recorded, and the next task is due then.
        var noReason = await actions.CompleteAsync(officer, task.Id, "Gia hạn", null, new JsonObject { ["hanMoi"] = "2027-06-17" });
        Assert.Contains("comment", noReason.FieldErrors.Keys);
        var granted = await actions.CompleteAsync(officer, task.Id, "Gia hạn", "Cần xác minh tại Văn phòng đăng ký đất đai.", new JsonObject { ["hanMoi"] = "2027-06-17" });
        Assert.True(granted.Succeeded, granted.Message);
        var extension = Assert.Single(await host.ComplaintsAsync(db => db.Extensions.Where(x => x.ComplaintId == complaint.Id).ToListAsync()));
        Assert.Equal(("Cần xác minh tại Văn phòng đăng ký đất đai.", officer, new DateTime(2027, 6, 2, 16, 59, 0, DateTimeKind.Utc), new DateTime(2027, 6, 17, 16, 59, 0, DateTimeKind.Utc)),
            (extension.Reason, extension.ByUserId, extension.PreviousDueAt, extension.NewDueAt));
        complaint = await host.ComplaintAsync(complaint.TrackingCode);
        Assert.True(complaint.IsComplex);
        var next = await host.OpenTaskAsync(complaint.InstanceId);
        Assert.Equal((officer, complaint.DueAt), (next.AssigneeUserId, next.DueAt));

        // At the maximum, a further extension is refused.
        var further = await actions.CompleteAsync(officer, next.Id, "Gia hạn", "Thêm thời gian.", new JsonObject { ["hanMoi"] = "2027-06-20" });
        Assert.False(further.Succeeded);
        var page = await (await host.SignInAsync("pa.truong")).Client.GetStringAsync($"/phan-anh/quan-ly/{complaint.TrackingCode}");
        Assert.Contains("Cần xác minh tại Văn phòng đăng ký đất đai.", page, StringComparison.Ordinal);
        Assert.Contains("02/06/2027</td><td>17/06/2027", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Denunciation_MayBeExtendedTwice_By30DaysEach()
    {
        host.Clock.Set(new DateTimeOffset(2027, 7, 1, 2, 0, 0, TimeSpan.Zero));
        var complaint = await host.AcceptedCaseAsync("Tố cáo cán bộ nhận tiền", category: ComplaintCategories.Denunciation);
        var limits = host.Get<ComplaintTimeLimits>();
        Assert.Equal(new DateOnly(2027, 7, 31), limits.LastDay(complaint.DueAt!.Value));
        Assert.Contains("30 ngày", limits.CheckExtension(complaint, 0, new DateOnly(2027, 9, 1)).Problem, StringComparison.Ordinal);
        Assert.NotNull(limits.CheckExtension(complaint, 0, new DateOnly(2027, 8, 30)).NewDueAt);
        Assert.Contains("hai lần", limits.CheckExtension(complaint, 2, new DateOnly(2027, 8, 10)).Problem, StringComparison.Ordinal);
    }

    private static bool IsReminder(EmailPayload mail) => mail.Subject.Contains("Nhắc", StringComparison.OrdinalIgnoreCase);
}
