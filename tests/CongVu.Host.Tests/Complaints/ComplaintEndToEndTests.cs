using System.Net;
using CongVu.Engine.Execution;
using CongVu.Engine.Tasks;
using CongVu.Host.Complaints;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CongVu.Host.Tests.Complaints;

/// <summary>One case through the pages: the citizen's form to the published answer, with the one supplement request.</summary>
public sealed class ComplaintEndToEndTests(ComplaintsHost host) : IClassFixture<ComplaintsHost>
{
    private const string Name = "Nguyễn Thị Lan", Phone = "0901 234 567", Email = "lan.nguyen@example.vn", Address = "12 Trần Phú, phường An Hòa";

    [Fact]
    public async Task CitizenToPublishedAnswer_OneSupplementOnly_IdentityNeverLeaves()
    {
        host.Clock.Set(ComplaintsHost.Now);
        // 1. The citizen sends the public form, without signing in, with a PDF.
        using var citizen = host.NewBrowser();
        var code = await ComplaintForms.SubmitAndReadCodeAsync(citizen, ComplaintForms.Citizen(Name, Phone, Email, Address), ("giay-hen.pdf", ComplaintForms.Pdf));
        Assert.Matches("^PA-2027-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$", code);
        var complaint = await host.ComplaintAsync(code);
        Assert.Equal((ComplaintStatus.Received, ComplaintChannels.Web, host.UnitId("PA-TCD")), (complaint.Status, complaint.Channel, complaint.ReceivingUnitId));
        Assert.Single(await host.ComplaintsAsync(db => db.Attachments.Where(a => a.ComplaintId == complaint.Id).ToListAsync()));

        // The receipt is numbered (PTN) and the citizen is e-mailed the code.
        Assert.NotNull(complaint.ReceiptDocumentId);
        var ack = Assert.Single(await host.MailToAsync(Email));
        Assert.Equal($"[Công Vụ] Đã tiếp nhận phản ánh {code}", ack.Subject);
        Assert.Contains($"/phan-anh/tra-cuu?ma={code}", ack.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Name, ack.Text, StringComparison.Ordinal);

        // 2. The receiving office classifies it and gives it to the ward; it sees no identity.
        var classify = await host.OpenTaskAsync(complaint.InstanceId);
        Assert.Equal(host.UnitId("PA-TCD"), classify.UnitId);
        using var office = await host.SignInAsync("pa.tiepnhan");
        var classifyPage = await office.Client.GetStringAsync($"/cong-viec/{classify.Id}");
        Assert.Contains("Phân loại, giao xử lý phản ánh " + code, classifyPage, StringComparison.Ordinal);
        Assert.Contains("UBND phường Thới Bình (PA-PHUONG)", classifyPage, StringComparison.Ordinal);
        AssertNoIdentity(classifyPage);
        using (var classified = await ComplaintForms.DecideAsync(office, classify.Id, "Giao xử lý", null,
            ("linhVuc", ComplaintCategories.Harassment), ("donViXuLy", "UBND phường Thới Bình (PA-PHUONG)"), ("phucTap", "Không")))
            Assert.Equal(HttpStatusCode.Redirect, classified.StatusCode);
        complaint = await host.ComplaintAsync(code);
        Assert.Equal((ComplaintStatus.InProgress, host.UnitId("PA-PHUONG"), ComplaintCategories.Harassment, false),
            (complaint.Status, complaint.UnitId, complaint.Category, complaint.IsComplex));
        // Accepted Monday 01/03/2027: 30 days, the last being 31/03/2027; due at its end (23:59, Vietnam time).
        Assert.Equal(new DateTime(2027, 3, 31, 16, 59, 0, DateTimeKind.Utc), complaint.DueAt);

        // 3. An officer of the ward takes the investigation; its due date is the legal time limit.
        var investigate = await host.OpenTaskAsync(complaint.InstanceId);
        Assert.Equal(complaint.DueAt, investigate.DueAt);
        Assert.Equal(host.UnitId("PA-PHUONG"), investigate.UnitId);
        AssertNoIdentity(investigate.Title);
        using var officer = await host.SignInAsync("pa.canbo1");
        await ComplaintForms.ClaimAsync(officer, investigate.Id);

        // 4. The officer asks for supplementary documents, once; the citizen is e-mailed.
        using (var asked = await ComplaintForms.DecideAsync(officer, investigate.Id, "Yêu cầu bổ sung", "Bản sao giấy hẹn trả kết quả có chữ ký của công chức tiếp nhận."))
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        complaint = await host.ComplaintAsync(code);
        Assert.Equal(ComplaintStatus.AwaitingSupplement, complaint.Status);
        var requestedAt = complaint.SupplementRequestedAt;
        Assert.NotNull(requestedAt);
        Assert.Empty(await host.OpenTasksAsync(complaint.InstanceId));
        var supplementMail = Assert.Single(await host.MailToAsync(Email), m => m.Subject.Contains("bổ sung", StringComparison.Ordinal));
        Assert.Contains("Bản sao giấy hẹn trả kết quả", supplementMail.Text, StringComparison.Ordinal);
        Assert.Contains("một lần", supplementMail.Text, StringComparison.Ordinal);
        Assert.Contains($"Hạn gửi tài liệu bổ sung: {host.Get<ComplaintTimeLimits>().LastDayText(complaint.SupplementDueAt)}", supplementMail.Text, StringComparison.Ordinal);

        // 5. The citizen uploads on the lookup page, which offers the form only now.
        var lookup = await citizen.Client.GetStringAsync($"/phan-anh/tra-cuu?ma={code}");
        Assert.Contains("Gửi tài liệu bổ sung", lookup, StringComparison.Ordinal);
        Assert.Contains("Bản sao giấy hẹn trả kết quả", lookup, StringComparison.Ordinal);
        AssertNoIdentity(lookup);
        var token = Tests.People.Browser.TokenFrom(lookup)!;
        using (var uploaded = await citizen.Client.PostAsync("/phan-anh/tra-cuu/bo-sung",
            ComplaintForms.Multipart(token, [("ma", code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)), ("ghiChu", "Gửi kèm bản chụp giấy hẹn.")], ("giay-hen-ky.pdf", ComplaintForms.Pdf))))
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        complaint = await host.ComplaintAsync(code);
        Assert.Equal(ComplaintStatus.InProgress, complaint.Status);
        Assert.NotNull(complaint.SupplementReceivedAt);
        Assert.Equal(2, (await host.ComplaintsAsync(db => db.Attachments.Where(a => a.ComplaintId == complaint.Id).ToListAsync())).Count);
        var afterUpload = await citizen.Client.GetStringAsync($"/phan-anh/tra-cuu?ma={code}");
        Assert.DoesNotContain("Gửi tài liệu bổ sung", afterUpload, StringComparison.Ordinal);
        using (var late = await citizen.Client.PostAsync("/phan-anh/tra-cuu/bo-sung",
            ComplaintForms.Multipart(await citizen.GetTokenAsync("/phan-anh"), [("ma", code)], ("them.pdf", ComplaintForms.Pdf))))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
            Assert.Contains("không có yêu cầu bổ sung tài liệu đang chờ", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(2, (await host.ComplaintsAsync(db => db.Attachments.Where(a => a.ComplaintId == complaint.Id).ToListAsync())).Count);

        // 6. The investigation is back with the same officer; a second request is refused and nothing changes.
        var again = await host.OpenTaskAsync(complaint.InstanceId);
        Assert.Equal(await host.UserIdAsync("pa.canbo1"), again.AssigneeUserId);
        var mailBefore = (await host.MailAsync()).Count;
        using (var refused = await ComplaintForms.DecideAsync(officer, again.Id, "Yêu cầu bổ sung", "Bản sao căn cước."))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var page = await refused.Content.ReadAsStringAsync();
            Assert.Contains("Không thể yêu cầu bổ sung lần thứ hai", page, StringComparison.Ordinal);
        }
        var unchanged = await host.ComplaintAsync(code);
        Assert.Equal((requestedAt, complaint.SupplementRequest, ComplaintStatus.InProgress), (unchanged.SupplementRequestedAt, unchanged.SupplementRequest, unchanged.Status));
        Assert.Equal(HumanTaskStatus.Open, (await host.OpenTaskAsync(complaint.InstanceId)).Status);
        Assert.Equal(again.Id, (await host.OpenTaskAsync(complaint.InstanceId)).Id);
        Assert.Equal(mailBefore, (await host.MailAsync()).Count);

        // 7. The officer proposes the resolution: the office was at fault.
        host.Clock.Set(ComplaintsHost.Now.AddDays(10));
        using (var proposed = await ComplaintForms.DecideAsync(officer, again.Id, "Đề xuất giải quyết", null,
            ("ketQuaKiemTra", "Hồ sơ bị yêu cầu bổ sung ba lần, không đúng quy định chỉ yêu cầu bổ sung một lần."),
            ("noiDungGiaiQuyet", "Đã kiểm điểm công chức tiếp nhận; hồ sơ của công dân được giải quyết ngay trong ngày."), ("loiCoQuan", "Có")))
            Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        complaint = await host.ComplaintAsync(code);
        Assert.Equal((ComplaintStatus.PendingApproval, true, await host.UserIdAsync("pa.canbo1")), (complaint.Status, complaint.AtFault, complaint.OfficerUserId));

        // 8. The head approves: the answer is numbered (TB), e-mailed, and the result published with an apology.
        var approve = await host.OpenTaskAsync(complaint.InstanceId);
        Assert.Equal(await host.UserIdAsync("pa.truong"), approve.AssigneeUserId);
        using var head = await host.SignInAsync("pa.truong");
        var approvePage = await head.Client.GetStringAsync($"/cong-viec/{approve.Id}");
        Assert.Contains("kiểm điểm công chức tiếp nhận", approvePage, StringComparison.Ordinal);
        AssertNoIdentity(approvePage);
        using (var approved = await ComplaintForms.DecideAsync(head, approve.Id, "Duyệt"))
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        complaint = await host.ComplaintAsync(code);
        Assert.Equal(ComplaintStatus.Published, complaint.Status);
        Assert.Matches(@"^\d+/TB-", complaint.AnswerNumber);
        Assert.Equal(host.Clock.UtcNow.UtcDateTime, complaint.AnsweredAt);
        Assert.NotNull(complaint.PublishedSummary);
        Assert.Contains("kiểm điểm công chức tiếp nhận", complaint.PublishedSummary, StringComparison.Ordinal);
        AssertNoIdentity(complaint.PublishedSummary!);
        Assert.Equal(WorkflowStatus.Finished.ToString(), (await host.InstanceAsync(complaint.InstanceId)).Status);

        // The answer e-mail arrives, as an .eml file, to the citizen only.
        var answer = Assert.Single(await host.MailToAsync(Email), m => m.Subject.Contains("Trả lời", StringComparison.Ordinal));
        Assert.Contains(complaint.AnswerNumber!, answer.Text, StringComparison.Ordinal);
        Assert.Contains("xin lỗi", answer.Text, StringComparison.Ordinal);
        Assert.Contains("kiểm điểm công chức tiếp nhận", answer.Text, StringComparison.Ordinal);
        // Every message to the citizen carries their address in its envelope only: no name, phone or address in the text.
        foreach (var sent in await host.MailToAsync(Email)) AssertNoIdentity(sent.Subject + sent.Html + sent.Text);
        var files = await host.DeliverMailAsync();
        Assert.Contains(files, f => File.ReadAllText(f).Contains("Subject: =?utf-8?", StringComparison.OrdinalIgnoreCase) && File.ReadAllText(f).Contains(Email, StringComparison.Ordinal));

        // 9. The lookup shows the published result and apology; nothing about the reporter anywhere public.
        using var stranger = host.NewBrowser();
        var result = await stranger.Client.GetStringAsync($"/phan-anh/tra-cuu?ma={code}");
        Assert.Contains("Kết quả giải quyết", result, StringComparison.Ordinal);
        Assert.Contains("kiểm điểm công chức tiếp nhận", result, StringComparison.Ordinal);
        Assert.Contains("thành thật xin lỗi", result, StringComparison.Ordinal);
        Assert.Contains("Đã công khai kết quả", result, StringComparison.Ordinal);
        AssertNoIdentity(result);
        var published = await stranger.Client.GetStringAsync("/phan-anh/ket-qua");
        Assert.Contains(code, published, StringComparison.Ordinal);
        AssertNoIdentity(published);

        // Nor in the workflow's state, journal, tasks and task history, which administrators read, nor in the logs.
        AssertNoIdentity(await host.InstanceTextAsync(complaint.InstanceId));
        AssertNoIdentity(string.Join("\n", host.Logs.Entries.Select(e => e.Message)));
        var list = await head.Client.GetStringAsync("/phan-anh/quan-ly");
        Assert.Contains(code, list, StringComparison.Ordinal);
        AssertNoIdentity(list);
    }

    private static void AssertNoIdentity(string text)
    {
        foreach (var secret in new[] { Name, Phone, Email, Address, "0901234567" })
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
    }
}
