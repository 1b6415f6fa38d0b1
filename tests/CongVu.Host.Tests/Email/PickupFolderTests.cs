using CongVu.Engine.Outbox;
using CongVu.Host.Email;
using Xunit;

namespace CongVu.Host.Tests.Email;

/// <summary>Without an SMTP host (the embedded default) each message becomes <c>{id}.eml</c> in the mail folder beside the database.</summary>
public sealed class PickupFolderTests
{
    [Fact]
    public async Task FolderMode_WritesEmlWithUtf8SubjectAndBothParts()
    {
        using var host = new EmailHost(smtpPort: null);
        const string subject = "[Công Vụ] Công việc mới: Kế hoạch năm 2027 – đợt một, Quý I, Sở Nội vụ và Ban Tổ chức Thành ủy";
        var payload = new EmailPayload([new EmailRecipient("canbo1@congvu.example", "Nguyễn Văn An")], subject,
            "<p>Kính gửi <b>Nguyễn Văn An</b></p>", "Kính gửi Nguyễn Văn An");
        var queued = await host.EnqueueAsync("test:folder", payload);

        var sent = await host.WaitForStatusAsync(queued.DedupeKey, OutboxStatus.Sent);
        var file = Path.Combine(host.MailFolder, sent.Id + ".eml");
        Assert.True(File.Exists(file), file);
        Assert.Equal(file, host.Get<MailDelivery>().EmlFile(sent.Id));
        Assert.Equal([file], Directory.GetFiles(host.MailFolder, "*.eml"));

        var eml = await File.ReadAllTextAsync(file);
        Assert.True(eml.All(char.IsAscii), "headers and bodies are 7-bit encoded");
        Assert.Equal(subject, MimeHeader.Get(eml, "Subject"));
        Assert.Equal("Nguyễn Văn An <canbo1@congvu.example>", MimeHeader.Get(eml, "To"));
        Assert.Equal("Công Vụ <no-reply@congvu.example>", MimeHeader.Get(eml, "From"));
        Assert.Contains("multipart/alternative", MimeHeader.Get(eml, "Content-Type"), StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/plain; charset=utf-8", eml, StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/html; charset=utf-8", eml, StringComparison.Ordinal);
        Assert.Equal($"<{sent.Id}@congvu.example>", MimeHeader.Get(eml, "Message-ID"));
    }
}
