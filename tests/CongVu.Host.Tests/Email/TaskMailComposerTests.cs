using CongVu.Engine.Outbox;
using CongVu.Engine.Tasks;
using CongVu.Host.Email;
using Xunit;

namespace CongVu.Host.Tests.Email;

public sealed class TaskMailComposerTests(ComposerHostFixture fixture) : IClassFixture<ComposerHostFixture>
{
    private EmailHost Host => fixture.Host;

    private async Task<IReadOnlyList<(OutboxMessageRecord Row, EmailPayload Mail)>> ComposeAsync(string kind, HumanTaskRecord task, int level = 0, string? actor = null, string? comment = null)
    {
        var rows = await Host.Get<IHumanTaskNotifier>().ComposeAsync(new HumanTaskNotification(kind, task, level, actor, comment), default);
        return [.. rows.Select(r => (r, EmailPayload.FromJson(r.Payload)))];
    }

    [Fact]
    public async Task Assigned_ToAssignee_OneMessageWithDedupeKeyAndLink()
    {
        var task = EmailHost.NewTask("Kế hoạch năm 2027", Host.UnitId("VP-UBND"), assignee: Host.UserId("canbo1"), submitter: Host.UserId("truongphong1"));
        var (row, mail) = Assert.Single(await ComposeAsync(HumanTaskNotificationKind.Assigned, task));

        Assert.Equal($"task:{task.Id}:Assigned:0:{task.AssigneeUserId}", row.DedupeKey);
        Assert.Equal(EmailPayload.Channel, row.Channel);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal(new EmailRecipient("canbo1@congvu.example", "Nguyễn Văn An"), Assert.Single(mail.To));
        Assert.Equal("[Công Vụ] Công việc mới: Kế hoạch năm 2027", mail.Subject);
        Assert.Contains("Người trình: Trần Thị Bình", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Đơn vị: Văn phòng UBND", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"/cong-viec/{task.Id}?t=", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assigned_GroupTask_GoesToEveryCandidateButTheExcluded()
    {
        var (an, cuong, binh) = (Host.UserId("canbo1"), Host.UserId("canbo2"), Host.UserId("truongphong1"));
        var task = EmailHost.NewTask("Thẩm định hồ sơ", Host.UnitId("VP-UBND"), candidates: $";{an};{cuong};{binh};");
        task.ExcludedUsers = $";{binh};";
        var messages = await ComposeAsync(HumanTaskNotificationKind.Assigned, task);

        Assert.Equal(["canbo1@congvu.example", "canbo2@congvu.example"], messages.Select(m => m.Mail.To[0].Address).Order());
        Assert.All(messages, m => Assert.Contains("giao cho nhóm", m.Mail.Text, StringComparison.Ordinal));
        Assert.Equal(2, messages.Select(m => m.Row.DedupeKey).Distinct().Count());
    }

    [Fact]
    public async Task Reminder_ToAssignee_WithTheDueDate()
    {
        var task = EmailHost.NewTask("Báo cáo quý I", Host.UnitId("VP-UBND"), assignee: Host.UserId("canbo2"));
        var (row, mail) = Assert.Single(await ComposeAsync(HumanTaskNotificationKind.Reminder, task, level: 1));
        Assert.Equal($"task:{task.Id}:Reminder:1:{task.AssigneeUserId}", row.DedupeKey);
        Assert.Equal("[Công Vụ] Nhắc việc: Báo cáo quý I – hạn 15/01/2027", mail.Subject);
    }

    [Theory]
    [InlineData(1, "truongphong1@congvu.example")]
    [InlineData(2, "giamdoc1@congvu.example")]
    public async Task Escalation_GoesToTheHeadOfTheUnitThenOfItsSupervisor(int level, string address)
    {
        var task = EmailHost.NewTask("Kế hoạch năm 2027", Host.UnitId("VP-UBND"), assignee: Host.UserId("canbo1"));
        var (row, mail) = Assert.Single(await ComposeAsync(HumanTaskNotificationKind.Escalation, task, level));
        Assert.Equal(address, Assert.Single(mail.To).Address);
        Assert.StartsWith($"task:{task.Id}:Escalation:{level}:", row.DedupeKey, StringComparison.Ordinal);
        Assert.Equal("[Công Vụ] Quá hạn: Kế hoạch năm 2027 – hạn 15/01/2027", mail.Subject);
        Assert.Contains("Người đang xử lý: Nguyễn Văn An", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escalation_UnitWithoutSupervisor_SendsNothing()
    {
        var task = EmailHost.NewTask("Việc của Sở", Host.UnitId("SNV"), assignee: Host.UserId("giamdoc1"));
        Assert.Empty(await ComposeAsync(HumanTaskNotificationKind.Escalation, task, level: 3));
    }

    [Theory]
    [InlineData("Duyệt", "[Công Vụ] Hồ sơ của bạn đã được duyệt: Kế hoạch năm 2027")]
    [InlineData("Trả lại", "[Công Vụ] Hồ sơ của bạn bị trả lại: Kế hoạch năm 2027")]
    [InlineData("Từ chối", "[Công Vụ] Hồ sơ của bạn bị từ chối: Kế hoạch năm 2027")]
    public async Task Completed_GoesToTheSubmitterWithOutcomeAndComment(string outcome, string subject)
    {
        var task = EmailHost.NewTask("Kế hoạch năm 2027", Host.UnitId("VP-UBND"), assignee: Host.UserId("truongphong1"), submitter: Host.UserId("canbo1"));
        (task.Status, task.Outcome, task.CompletedBy) = (HumanTaskStatus.Completed, outcome, task.AssigneeUserId);
        var (row, mail) = Assert.Single(await ComposeAsync(HumanTaskNotificationKind.Completed, task, actor: task.AssigneeUserId, comment: "Bổ sung số liệu & tiến độ"));

        Assert.Equal($"task:{task.Id}:Completed:0:{task.SubmitterUserId}:{outcome}", row.DedupeKey);
        Assert.Equal("canbo1@congvu.example", Assert.Single(mail.To).Address);
        Assert.Equal(subject, mail.Subject);
        Assert.Contains("Người xử lý: Trần Thị Bình", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Ý kiến: Bổ sung số liệu & tiến độ", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Bổ sung số liệu &amp; tiến độ", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownKindOrNoRecipient_SendsNothing()
    {
        var task = EmailHost.NewTask("Không người nhận", Host.UnitId("VP-UBND"));
        Assert.Empty(await ComposeAsync(HumanTaskNotificationKind.Assigned, task));
        Assert.Empty(await ComposeAsync(HumanTaskNotificationKind.Completed, task));
        Assert.Empty(await ComposeAsync("Commented", task));
    }
}
