using System.Net;
using System.Text;
using CongVu.Host.Complaints;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CongVu.Host.Tests.Complaints;

/// <summary>The public form's guards: per-IP rate limit, attachment limits, honeypot, and the staff entry for hotline cases.</summary>
public sealed class PublicFormTests(ComplaintsHost host) : IClassFixture<ComplaintsHost>
{
    [Fact]
    public async Task SixthPostFromOneAddress_Gets429InVietnamese_AnotherAddressIsStillServed()
    {
        using var robot = host.NewBrowser("203.0.113.7");
        for (var i = 1; i <= 5; i++)
        {
            using var refused = await ComplaintForms.SubmitAsync(robot, [("hoTen", "")]);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        using var limited = await ComplaintForms.SubmitAsync(robot, ComplaintForms.Citizen());
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var page = await limited.Content.ReadAsStringAsync();
        Assert.Contains("Gửi quá nhiều yêu cầu", page, StringComparison.Ordinal);
        Assert.Contains("Vui lòng thử lại sau khoảng", page, StringComparison.Ordinal);
        Assert.Contains("lang=\"vi\"", page, StringComparison.Ordinal);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        // The form itself still opens, and someone else can send theirs.
        using var form = await robot.Client.GetAsync("/phan-anh");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        using var neighbour = host.NewBrowser("203.0.113.8");
        var code = await ComplaintForms.SubmitAndReadCodeAsync(neighbour, ComplaintForms.Citizen(subject: "Phản ánh từ địa chỉ khác"));
        Assert.Equal("Phản ánh từ địa chỉ khác", (await host.ComplaintAsync(code)).Subject);
    }

    [Theory]
    [InlineData("ban-scan.pdf", 10 * 1024 * 1024 + 1, "Tệp “ban-scan.pdf” quá lớn (10 MB). Dung lượng tối đa: 10 MB.")]
    [InlineData("virus.exe", 2000, "Tệp “virus.exe” không đúng định dạng. Chỉ chấp nhận: .pdf, .jpg, .jpeg, .png, .docx.")]
    [InlineData("anh-chup.png", 2000, "Tệp “anh-chup.png” không đúng định dạng: nội dung không phải tệp PNG.")]
    public async Task RefusedAttachment_ExplainsWhy_AndNothingIsStored(string fileName, int size, string message)
    {
        var before = await CountsAsync();
        using var citizen = host.NewBrowser();
        var bytes = new byte[size];
        if (fileName.EndsWith(".pdf", StringComparison.Ordinal)) Encoding.ASCII.GetBytes("%PDF-1.4").CopyTo(bytes, 0);
        using var response = await ComplaintForms.SubmitAsync(citizen, ComplaintForms.Citizen(subject: "Có tệp bị từ chối " + fileName), (fileName, bytes));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("Phản ánh chưa được gửi, chưa có gì được lưu", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Có tệp bị từ chối " + fileName + "\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task SixFiles_AreRefused_FiveAreTaken()
    {
        var before = await CountsAsync();
        using var citizen = host.NewBrowser();
        var six = Enumerable.Range(1, 6).Select(i => ($"trang-{i}.pdf", ComplaintForms.Pdf)).ToArray();
        using var refused = await ComplaintForms.SubmitAsync(citizen, ComplaintForms.Citizen(), six);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Chỉ được gửi tối đa 5 tệp đính kèm (đã chọn 6 tệp).", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        var code = await ComplaintForms.SubmitAndReadCodeAsync(citizen, ComplaintForms.Citizen(subject: "Năm tệp"), six[..5]);
        var complaint = await host.ComplaintAsync(code);
        Assert.Equal(5, await host.ComplaintsAsync(db => db.Attachments.CountAsync(a => a.ComplaintId == complaint.Id)));
    }

    [Fact]
    public async Task MissingFields_AreShownBesideTheirInputs_AndTheHoneypotTurnsRobotsAway()
    {
        var before = await CountsAsync();
        using var citizen = host.NewBrowser();
        using var missing = await ComplaintForms.SubmitAsync(citizen, [("hoTen", "Lê Văn Tâm"), ("email", "khong-phai-thu")]);
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        foreach (var text in new[] { "Địa chỉ thư điện tử không hợp lệ", "Vui lòng nhập tiêu đề phản ánh.", "Vui lòng nhập nội dung phản ánh.", "value=\"Lê Văn Tâm\"" })
            Assert.Contains(text, html, StringComparison.Ordinal);
        using var robot = await ComplaintForms.SubmitAsync(citizen, [.. ComplaintForms.Citizen(), ("website", "http://spam.example")]);
        Assert.Equal(HttpStatusCode.BadRequest, robot.StatusCode);
        Assert.Equal(before, await CountsAsync());
        using var noToken = await citizen.Client.PostAsync("/phan-anh", ComplaintForms.Multipart("sai", ComplaintForms.Citizen()));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Hotline_IsEnteredByStaffOfTheReceivingUnit_WhichClassifiesIt()
    {
        using var anonymous = host.NewBrowser();
        using (var redirected = await anonymous.Client.GetAsync("/phan-anh/nhap"))
            Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        using var staff = await host.SignInAsync("pa.khac");
        var token = await staff.GetTokenAsync("/phan-anh/nhap");
        using var entered = await staff.Client.PostAsync("/phan-anh/nhap", ComplaintForms.Multipart(token,
            [.. ComplaintForms.Citizen(name: "Người gọi đường dây nóng", subject: "Gọi đường dây nóng về tiếng ồn"), ("kenh", ComplaintChannels.Hotline)]));
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        var location = entered.Headers.Location!.OriginalString;
        Assert.StartsWith("/phan-anh/quan-ly/PA-2027-", location, StringComparison.Ordinal);
        var page = await staff.Client.GetStringAsync(location);
        Assert.Contains("Đã nhập phản ánh", page, StringComparison.Ordinal);
        Assert.Contains("Đường dây nóng", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Người gọi đường dây nóng", page, StringComparison.Ordinal);
        var complaint = await host.ComplaintAsync(location.Split('/')[^1].Split('?')[0]);
        Assert.Equal((ComplaintChannels.Hotline, host.UnitId("PA-KHAC"), await host.UserIdAsync("pa.khac")), (complaint.Channel, complaint.ReceivingUnitId, complaint.EnteredBy));
        Assert.Equal(host.UnitId("PA-KHAC"), (await host.OpenTaskAsync(complaint.InstanceId)).UnitId);

        using var admin = await host.SignInAsync("admin");
        using var noUnit = await admin.Client.GetAsync("/phan-anh/nhap");
        Assert.Equal(HttpStatusCode.Forbidden, noUnit.StatusCode);
    }

    private Task<(int Complaints, int Reporters, int Attachments, int Files)> CountsAsync() => host.ComplaintsAsync(async db =>
        (await db.Complaints.CountAsync(), await db.Reporters.CountAsync(), await db.Attachments.CountAsync(),
            Directory.Exists(host.FilesFolder) ? Directory.GetFiles(host.FilesFolder, "*", SearchOption.AllDirectories).Length : 0));
}
