using System.Text.Json.Nodes;
using CongVu.Host.Complaints;
using CongVu.Host.Documents.Templates;
using CongVu.Host.Email;
using CongVu.Host.Tests.Email;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CongVu.Host.Tests.Complaints;

/// <summary>
/// The citizen's e-mails come from templates/email (phan-anh-tiep-nhan, phan-anh-bo-sung, phan-anh-tra-loi), whose samples
/// have the shape of the real model, and which an administrator's edit in the template editor changes.
/// </summary>
public sealed class ReporterMailTests(ComplaintsHost host) : IClassFixture<ComplaintsHost>
{
    private static readonly string Folder = Path.Combine(EmailTemplatesTests.SourceRoot(), "templates", "email");

    [Theory]
    [InlineData(ReporterMail.Received)]
    [InlineData(ReporterMail.Supplement)]
    [InlineData(ReporterMail.Answer)]
    public async Task Sample_HasTheShapeOfTheModel(string kind)
    {
        host.Clock.Set(ComplaintsHost.Now);
        var complaint = await host.AcceptedCaseAsync("Mẫu thư: hình dạng dữ liệu " + kind);
        var model = ReporterMail.Model(await host.Get<ComplaintViews>().BuildAsync(complaint, CancellationToken.None));
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, $"{ReporterMail.TemplateFor(kind)}.sample.json")))!.AsObject();

        Assert.Equal(Keys(model), Keys(sample));
        Assert.Equal(Keys(model["complaint"]!.AsObject()), Keys(sample["complaint"]!.AsObject()));
    }

    [Fact]
    public async Task Acknowledgement_IsTheTiepNhanTemplate_WithNoIdentity()
    {
        host.Clock.Set(ComplaintsHost.Now);
        var complaint = await host.AcceptedCaseAsync("Mẫu thư: thông báo tiếp nhận", reporterName: "Đoàn Thị Mỹ Hạnh", email: "hanh.doan@example.vn");
        var ack = Assert.Single(await host.MailToAsync("hanh.doan@example.vn"));

        Assert.Equal($"[Công Vụ] Đã tiếp nhận phản ánh {complaint.TrackingCode}", ack.Subject);
        Assert.Contains("Công Vụ – Thông báo tiếp nhận phản ánh, kiến nghị", ack.Html, StringComparison.Ordinal);
        Assert.StartsWith("Kính gửi Ông/Bà,\n", ack.Text, StringComparison.Ordinal);
        Assert.Contains($"Mã số tra cứu: {complaint.TrackingCode}", ack.Text, StringComparison.Ordinal);
        Assert.Contains($"http://127.0.0.1:5080/phan-anh/tra-cuu?ma={complaint.TrackingCode}", ack.Text, StringComparison.Ordinal);
        Assert.Contains("Thời hạn giải quyết là 30 ngày kể từ ngày thụ lý", ack.Text, StringComparison.Ordinal);
        Assert.Contains("Đường dây nóng: 0292 3 800 123", ack.Text, StringComparison.Ordinal);
        foreach (var part in new[] { ack.Subject, ack.Html, ack.Text })
            foreach (var secret in new[] { "Đoàn Thị Mỹ Hạnh", "hanh.doan@example.vn", "0912 345 678", "45 Lê Lợi" })
                Assert.DoesNotContain(secret, part, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Compose_UsesTheChosenTemplate_FallsBackToTheKindsOwn_AndNeedsAnAddress()
    {
        host.Clock.Set(ComplaintsHost.Now);
        var mail = host.Get<ReporterMail>();
        var complaint = await host.AcceptedCaseAsync("Mẫu thư: chọn mẫu");
        var chosen = await mail.ComposeAsync(complaint, ReporterMail.Answer, "phan-anh-tiep-nhan", "test:chosen", CancellationToken.None);
        Assert.StartsWith("[Công Vụ] Đã tiếp nhận phản ánh ", EmailPayload.FromJson(chosen!.Payload).Subject, StringComparison.Ordinal);

        var fallback = await mail.ComposeAsync(complaint, ReporterMail.Answer, "khong-co-mau-nay", "test:fallback", CancellationToken.None);
        Assert.Equal($"[Công Vụ] Trả lời phản ánh {complaint.TrackingCode}", EmailPayload.FromJson(fallback!.Payload).Subject);
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("'khong-co-mau-nay'", StringComparison.Ordinal));

        var anonymous = await host.AcceptedCaseAsync("Mẫu thư: không có địa chỉ thư", email: null);
        Assert.Null(await mail.ComposeAsync(anonymous, ReporterMail.Received, null, "test:none", CancellationToken.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReporterMail.TemplateFor("khac"));
    }

    [Fact]
    public async Task AnAdministratorsEdit_ChangesTheCitizensEmail()
    {
        host.Clock.Set(ComplaintsHost.Now);
        var store = host.Get<DocumentTemplateStore>();
        var entry = store.Find("phan-anh-bo-sung.subject.hbs");
        Assert.NotNull(entry);
        var original = store.Text(entry);
        try
        {
            var saved = await store.SaveAsync(entry, "[Công Vụ] Cần bổ sung hồ sơ {{complaint.trackingCode}} trước ngày {{complaint.supplementDueDate}}", "admin",
                ComplaintsHost.Now.UtcDateTime, CancellationToken.None);
            Assert.True(saved.Succeeded);
            var complaint = await host.AcceptedCaseAsync("Mẫu thư: sửa tiêu đề");
            var supplement = await host.Get<ReporterMail>().ComposeAsync(complaint, ReporterMail.Supplement, null, "test:edited", CancellationToken.None);
            Assert.StartsWith($"[Công Vụ] Cần bổ sung hồ sơ {complaint.TrackingCode} trước ngày", EmailPayload.FromJson(supplement!.Payload).Subject, StringComparison.Ordinal);
        }
        finally
        {
            await store.SaveAsync(entry, original, "admin", ComplaintsHost.Now.UtcDateTime, CancellationToken.None);
        }
    }

    private static List<string> Keys(JsonObject o) => [.. o.Select(p => p.Key).Order(StringComparer.Ordinal)];
}
