using CongVu.Engine.Outbox;
using CongVu.Engine.Tasks;
using CongVu.Host.Email;
using Xunit;

namespace CongVu.Host.Tests.Email;

/// <summary>The SMTP server is down: the sender records each attempt, backs off, and sends once the server is back, or gives up visibly.</summary>
public sealed class SmtpOutageTests
{
    private static EmailPayload Payload(string subject) =>
        new([new EmailRecipient("canbo1@congvu.example", "Nguyễn Văn An")], subject, "<p>Nội dung</p>", "Nội dung");

    [Fact]
    public async Task SmtpDown_ThenUp_RetriesWithBackoffAndSendsOnce()
    {
        var port = SmtpTestServer.FreePort();
        using var host = new EmailHost(port, settings: [("Email:Sender:MaxAttempts", "30"), ("Email:Sender:RetryMaxSeconds", "1")]);
        const string subject = "[Công Vụ] Thư gửi lại sau sự cố";
        var queued = await host.EnqueueAsync("test:outage", Payload(subject));

        var failing = await host.WaitForAsync(queued.DedupeKey, m => m.Attempts >= 2);
        Assert.Equal(OutboxStatus.Pending, failing.Status);
        Assert.False(string.IsNullOrWhiteSpace(failing.LastError));
        Assert.True(failing.NextAttemptAt > queued.NextAttemptAt, "the next attempt is pushed back");

        await using var server = await SmtpTestServer.StartAsync(port);
        var sent = await host.WaitForStatusAsync(queued.DedupeKey, OutboxStatus.Sent);
        Assert.True(sent.Attempts >= 3, $"{sent.Attempts} attempts");
        Assert.Null(sent.LastError);
        await server.WaitForAsync(m => m.Subject == subject);
        await Task.Delay(500);
        Assert.Single(await server.MessagesAsync(), m => m.Subject == subject);
    }

    [Fact]
    public async Task SmtpDown_LastAttemptFails_MessageStaysFailedWithItsError()
    {
        using var host = new EmailHost(SmtpTestServer.FreePort(), settings: [("Email:Sender:MaxAttempts", "3"), ("Email:Sender:RetryBaseSeconds", "0.1")]);
        var queued = await host.EnqueueAsync("test:gives-up", Payload("[Công Vụ] Thư không gửi được"));

        var failed = await host.WaitForStatusAsync(queued.DedupeKey, OutboxStatus.Failed);
        Assert.Equal(3, failed.Attempts);
        Assert.Null(failed.SentAt);
        Assert.Contains("Failure sending mail", failed.LastError, StringComparison.Ordinal);
        await Task.Delay(500);
        Assert.Equal(3, (await host.FindAsync(queued.DedupeKey))!.Attempts);
    }

    [Fact]
    public async Task BrokenPayload_IsGivenUpAtOnce()
    {
        using var host = new EmailHost(SmtpTestServer.FreePort());
        var message = Payload("x").ToOutboxMessage("test:broken", DateTime.UtcNow);
        message.Payload = "{\"to\":[]}";
        await host.Get<IOutboxStore>().EnqueueAsync(message);

        var failed = await host.WaitForStatusAsync(message.DedupeKey, OutboxStatus.Failed);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("no recipient", failed.LastError, StringComparison.Ordinal);
    }
}
