using System.Text.RegularExpressions;
using CongVu.Engine.Outbox;
using CongVu.Engine.Tasks;
using CongVu.Host.Email;
using Xunit;

namespace CongVu.Host.Tests.Email;

public sealed partial class OutboxSenderTests(SmtpHostFixture fixture) : IClassFixture<SmtpHostFixture>
{
    private EmailHost Host => fixture.Host;

    [Fact]
    public async Task SendDue_AssignedTask_ArrivesWithVietnameseSubjectBothPartsAndSignedLink()
    {
        var assignee = Host.UserId("canbo1");
        var task = EmailHost.NewTask("Kế hoạch năm 2027", Host.UnitId("VP-UBND"), assignee: assignee, submitter: Host.UserId("truongphong1"));
        var composed = await Host.Get<IHumanTaskNotifier>().ComposeAsync(new HumanTaskNotification(HumanTaskNotificationKind.Assigned, task), default);
        var message = Assert.Single(composed);
        Assert.True(await Host.Get<IOutboxStore>().EnqueueAsync(message));

        var sent = await Host.WaitForStatusAsync(message.DedupeKey, OutboxStatus.Sent);
        var mail = await fixture.Server.WaitForAsync(m => m.Text.Contains(task.Id, StringComparison.Ordinal));
        Assert.Equal("[Công Vụ] Công việc mới: Kế hoạch năm 2027", mail.Subject);
        Assert.Equal(["canbo1@congvu.example"], mail.To);
        Assert.Contains("Kính gửi Nguyễn Văn An", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Hạn xử lý: 15/01/2027", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Kính gửi Nguyễn Văn An", mail.Html, StringComparison.Ordinal);
        Assert.Equal($"<{sent.Id}@congvu.example>", mail.MessageId);
        Assert.Equal(1, sent.Attempts);
        Assert.NotNull(sent.SentAt);

        var link = LinkPattern().Match(mail.Html);
        Assert.True(link.Success, mail.Html);
        Assert.Equal(task.Id, link.Groups["task"].Value);
        Assert.Contains(link.Value, mail.Text, StringComparison.Ordinal);
        Assert.Equal(assignee, Host.Get<TaskLinks>().Validate(link.Groups["token"].Value, task.Id)?.UserId);
    }

    [Fact]
    public async Task Enqueue_SameDedupeKeyTwice_QueuesAndSendsOnce()
    {
        var subject = $"[Công Vụ] Thư thử chống trùng {Guid.NewGuid():N}";
        var payload = new EmailPayload([new EmailRecipient("canbo2@congvu.example", "Lê Văn Cường")], subject, "<p>Một lần</p>", "Một lần");
        var key = $"test:{Guid.NewGuid():N}";
        var store = Host.Get<IOutboxStore>();

        Assert.True(await store.EnqueueAsync(payload.ToOutboxMessage(key, DateTime.UtcNow)));
        Assert.False(await store.EnqueueAsync(payload.ToOutboxMessage(key, DateTime.UtcNow)));
        await Host.WaitForStatusAsync(key, OutboxStatus.Sent);
        Assert.False(await store.EnqueueAsync(payload.ToOutboxMessage(key, DateTime.UtcNow)));
        await fixture.Server.WaitForAsync(m => m.Subject == subject);
        await Task.Delay(500); // several more polls: nothing is sent again

        Assert.Single(await fixture.Server.MessagesAsync(), m => m.Subject == subject);
        Assert.Equal(1, (await Host.FindAsync(key))!.Attempts);
    }

    [Fact]
    public void NextAttemptAt_DoublesFromTheBaseAndGivesUpAtTheLastAttempt()
    {
        var options = new OutboxSenderOptions { RetryBaseSeconds = 30, MaxAttempts = 8, RetryMaxSeconds = 3600 };
        var now = new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(now.AddSeconds(30), options.NextAttemptAt(0, now, permanent: false));
        Assert.Equal(now.AddSeconds(60), options.NextAttemptAt(1, now, permanent: false));
        Assert.Equal(now.AddSeconds(1920), options.NextAttemptAt(6, now, permanent: false));
        Assert.Null(options.NextAttemptAt(7, now, permanent: false));
        Assert.Null(options.NextAttemptAt(0, now, permanent: true));
        Assert.Equal(now.AddSeconds(3600), new OutboxSenderOptions { MaxAttempts = 20 }.NextAttemptAt(12, now, permanent: false));
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:5080/cong-viec/(?<task>[0-9a-f]+)\?t=(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex LinkPattern();
}
