using System.Net;
using System.Text.Json.Nodes;
using CongVu.Engine.Tasks;
using CongVu.Host.Campaigns;
using Xunit;
using static CongVu.Host.Tests.Campaigns.CampaignEndToEndHost;
using static CongVu.Host.Tests.Campaigns.KeHoachEndToEndTests;

namespace CongVu.Host.Tests.Campaigns;

/// <summary>
/// workflows/dang-ky.json and dang-ky-don-vi.json: the yearly schedule opens the 2027 registration campaign on Saturday
/// 2 January 2027 at 08:00; every member of staff gets their own task. One ward registers (one registration returned and
/// revised), its list is drawn up and signed; another ward never registers and the clock runs through Tết past 15/02.
/// </summary>
public sealed class DangKyEndToEndTests
{
    private const string Unit = "dang-ky-don-vi";

    [Fact]
    public async Task RegistrationCampaign2027_StartedBySchedule_EachStaffRegisters_TheHeadSignsTheList_AndLateStaffAreRemindedAroundTet()
    {
        using var host = await StartAsync(new DateTimeOffset(2026, 12, 31, 9, 0, 0, Vietnam), "dang-ky", Unit);
        Assert.Equal(0, await host.RunAtAsync(Local(1, 2, 7, 59)));
        await host.RunAtAsync(Local(1, 2, 8));
        var opened = await host.Get<CampaignStore>().FindAsync("dang-ky-2027", CancellationToken.None);
        Assert.Equal(new DateOnly(2027, 2, 15), opened!.DueDate);
        // One task per person (heads included) in each of the four reporting units.
        Assert.Equal(16, (await host.TasksAsync(Unit, "dangKy")).Count);

        host.Clock.Set(Local(1, 4, 9));
        var an = await host.AssignedTaskAsync(Unit, "dangKy", "anbinh.canbo1");
        Assert.Equal(Local(2, 15), Due(an));
        await host.DecideAsync("anbinh.canbo1", an.Id, "Gửi đăng ký", fields: Registration("Rà soát, cập nhật 100% hồ sơ hộ tịch điện tử của phường."));
        await host.DecideAsync("anbinh.canbo2", (await host.AssignedTaskAsync(Unit, "dangKy", "anbinh.canbo2")).Id, "Gửi đăng ký",
            fields: Registration("Số hóa sổ chứng thực giai đoạn 2015 - 2020."));

        // The reviewer group is the unit's reviewers and its head; the person registering is never one of them.
        var reviews = await host.TasksAsync(Unit, "raSoat", "P-ANBINH");
        Assert.Equal(2, reviews.Count);
        Assert.All(reviews, r => Assert.Null(r.AssigneeUserId));
        var anReview = Assert.Single(reviews, r => r.Title == "Rà soát bản đăng ký của Nguyễn Văn An");
        Assert.Equal(await IdsAsync(host, "anbinh.chutich", "anbinh.quanly"), Ids(anReview.CandidateUsers));
        Assert.Contains("Rà soát, cập nhật 100% hồ sơ hộ tịch điện tử của phường.", WebUtility.HtmlDecode(await host.TaskPageAsync("anbinh.quanly", anReview.Id)), StringComparison.Ordinal);
        host.Clock.Set(Local(1, 5, 9));
        await host.DecideAsync("anbinh.quanly", anReview.Id, "Trả lại", "Ghi rõ số lượng hồ sơ và thời hạn.");
        await host.DecideAsync("anbinh.quanly", Assert.Single(await host.TasksAsync(Unit, "raSoat", "P-ANBINH")).Id, "Đồng ý");

        // The returned registration comes back to its author with the comment and their own answers, nobody else's.
        var revision = await host.AssignedTaskAsync(Unit, "dangKy", "anbinh.canbo1");
        Assert.StartsWith("Người quản lý trả lại với ý kiến: Ghi rõ số lượng hồ sơ và thời hạn.", revision.Description, StringComparison.Ordinal);
        var revisionPage = WebUtility.HtmlDecode(await host.TaskPageAsync("anbinh.canbo1", revision.Id));
        Assert.Contains("Rà soát, cập nhật 100% hồ sơ hộ tịch điện tử của phường.", revisionPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Số hóa sổ chứng thực", revisionPage, StringComparison.Ordinal);

        // The head's own registration goes straight to the list; the reviewer's is reviewed by the head.
        await host.DecideAsync("anbinh.chutich", (await host.AssignedTaskAsync(Unit, "dangKy", "anbinh.chutich")).Id, "Gửi đăng ký",
            fields: Registration("Chỉ đạo giải quyết đúng hạn 100% hồ sơ thủ tục hành chính của phường."));
        Assert.Empty(await host.TasksAsync(Unit, "raSoat", "P-ANBINH"));
        await host.DecideAsync("anbinh.quanly", (await host.AssignedTaskAsync(Unit, "dangKy", "anbinh.quanly")).Id, "Gửi đăng ký",
            fields: Registration("Tổ chức đối thoại với Nhân dân mỗi quý một lần."));
        var quanlyReview = await host.OpenTaskAsync(Unit, "raSoat", "P-ANBINH");
        Assert.Equal(await host.UserIdAsync("anbinh.chutich"), quanlyReview.AssigneeUserId);
        await host.DecideAsync("anbinh.chutich", quanlyReview.Id, "Đồng ý");
        host.Clock.Set(Local(1, 6, 9));
        await host.DecideAsync("anbinh.canbo1", revision.Id, "Gửi đăng ký", fields: Registration("Rà soát, cập nhật 1.200 hồ sơ hộ tịch điện tử của phường trước ngày 30/11/2027."));
        Assert.Empty(await host.TasksAsync(Unit, "trinhKy", "P-ANBINH"));
        // The head approves the last registration, so the head cannot also be the one presenting the list: the reviewer does.
        await host.DecideAsync("anbinh.chutich", (await host.OpenTaskAsync(Unit, "raSoat", "P-ANBINH")).Id, "Đồng ý");
        var present = await host.OpenTaskAsync(Unit, "trinhKy", "P-ANBINH");
        Assert.Equal(await host.UserIdAsync("anbinh.quanly"), present.AssigneeUserId);
        await host.DecideAsync("anbinh.quanly", present.Id, "Trình ký");
        var sign = await host.OpenTaskAsync(Unit, "kyDuyet", "P-ANBINH");
        Assert.Equal(await host.UserIdAsync("anbinh.chutich"), sign.AssigneeUserId);
        host.Clock.Set(Local(1, 7, 9));
        await host.DecideAsync("anbinh.chutich", sign.Id, "Ký ban hành");

        await host.AssertHealthyAsync();
        Assert.Equal("Finished", await host.SubStatusAsync(sign.InstanceId));
        var list = (await host.StateAsync(sign.InstanceId))["VanBan"]!;
        Assert.Equal("1/DS-P-ANBINH", list["numberText"]!.GetValue<string>());
        var submission = await host.SubmissionAsync("dang-ky-2027", "P-ANBINH");
        Assert.Equal((SubmissionStatus.Approved, true, list["id"]!.GetValue<string>()), (submission.Status, submission.OnTime, submission.DocumentId));
        Assert.Equal(4, JsonNode.Parse(submission.Data!)!["registeredCount"]!.GetValue<int>());

        // The list names every member of staff, in user-name order, with the task tied to their job position.
        var page = await host.DocumentPageAsync("anbinh.chutich", list["id"]!.GetValue<string>());
        var docx = await host.DocxTextAsync("anbinh.chutich", list["id"]!.GetValue<string>());
        foreach (var text in new[] { page, docx })
        {
            Assert.Contains("Số: 1/DS-P-ANBINH", text, StringComparison.Ordinal);
            Assert.Contains("DANH SÁCH", text, StringComparison.Ordinal);
            Assert.Contains("Tổng số người đăng ký: 4/4", text, StringComparison.Ordinal);
            Assert.Contains("Nhiệm vụ gắn với vị trí việc làm: Rà soát, cập nhật 1.200 hồ sơ hộ tịch điện tử của phường trước ngày 30/11/2027.", text, StringComparison.Ordinal);
            Assert.Contains("Nhiệm vụ gắn với vị trí việc làm: Số hóa sổ chứng thực giai đoạn 2015 - 2020.", text, StringComparison.Ordinal);
            Assert.Contains("Nhiệm vụ gắn với vị trí việc làm: Chỉ đạo giải quyết đúng hạn 100% hồ sơ thủ tục hành chính của phường.", text, StringComparison.Ordinal);
            Assert.Contains("Nhiệm vụ gắn với vị trí việc làm: Tổ chức đối thoại với Nhân dân mỗi quý một lần.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Rà soát, cập nhật 100% hồ sơ", text, StringComparison.Ordinal);
            var table = text.IndexOf("Họ và tên", StringComparison.Ordinal);
            var order = new[] { "Nguyễn Văn An", "Đặng Thị Ngọc Lan", "Lê Minh Tâm", "Võ Thị Hạnh" }.Select(n => text.IndexOf(n, table, StringComparison.Ordinal)).ToList();
            Assert.All(order, i => Assert.True(i > table));
            Assert.Equal(order.Order().ToList(), order);
        }

        // Bình Minh never registers: each person's task is reminded 3 and 1 working days before 15/02 (counted back
        // across Tết, Fri 05/02 – Thu 11/02/2027: Fri 12/02 and Wed 03/02, see KeHoachEndToEndTests), and escalated to
        // the ward's head on Mon 15/02 and to the head of the Sở Nội vụ two working days later, Wed 17/02.
        for (var day = Local(1, 8, 8); day <= Local(2, 19, 8); day = day.AddDays(1))
            await host.RunAtAsync(day);
        await host.AssertHealthyAsync();
        var duc = await host.AssignedTaskAsync(Unit, "dangKy", "binhminh.canbo1");
        Assert.Equal(
            ["03/02 Reminder 3 binhminh.canbo1", "12/02 Reminder 1 binhminh.canbo1", "15/02 Escalation 1 binhminh.chutich", "17/02 Escalation 2 snv.giamdoc"],
            Lines(await host.DeadlineMailsAsync(duc.Id)));
        Assert.Equal(SubmissionStatus.Pending, (await host.SubmissionAsync("dang-ky-2027", "P-BINHMINH")).Status);

        // Five working days after the due date (Tue 16, Wed 17, Thu 18, Fri 19, Mon 22/02) the tasks of those who never
        // registered close as "Không đăng ký", so they do not hold up the unit: its list goes on to be signed.
        Assert.Contains(await host.TasksAsync(Unit, "dangKy", "P-BINHMINH"), t => t.Id == duc.Id);
        for (var day = Local(2, 20, 8); day <= Local(2, 22, 8); day = day.AddDays(1))
            await host.RunAtAsync(day);
        await host.AssertHealthyAsync();
        Assert.Empty(await host.TasksAsync(Unit, "dangKy", "P-BINHMINH"));
        Assert.Contains(await host.TasksAsync(Unit, "dangKy", "P-BINHMINH", status: null), t => t.Id == duc.Id && t.Status != HumanTaskStatus.Open);
        Assert.NotEmpty((await host.TasksAsync(Unit, "trinhKy", "P-BINHMINH")).Concat(await host.TasksAsync(Unit, "kyDuyet", "P-BINHMINH")));
    }

    private static (string, string)[] Registration(string positionTask) =>
    [
        ("trachNhiem", "Hoàn thành đúng hạn 100% nhiệm vụ được giao."),
        ("chuyenNghiep", "Sử dụng thành thạo phần mềm chuyên ngành."),
        ("trungThuc", "Báo cáo đúng thực chất, không nói quá, nói tránh."),
        ("kyCuong", "Chấp hành nghiêm thời giờ làm việc."),
        ("guongMau", "Lịch sự, tận tình với người dân."),
        ("chongQuanLieu", "Hướng dẫn người dân đầy đủ trong một lần."),
        ("chongTieuCuc", "Không nhũng nhiễu, gây phiền hà."),
        ("chongHinhThuc", "Giải quyết công việc thực chất, không đối phó."),
        ("nhiemVu", positionTask),
        ("ketQuaDuKien", "Dữ liệu được cập nhật, tra cứu được trên hệ thống."),
        ("thoiHan", "Trước ngày 30/11/2027"),
    ];
}
