using System.Net;
using System.Text.Json.Nodes;
using CongVu.Engine.Tasks;
using CongVu.Host.Campaigns;
using CongVu.Host.Tasks;
using Xunit;
using static CongVu.Host.Tests.Campaigns.CampaignEndToEndHost;

namespace CongVu.Host.Tests.Campaigns;

/// <summary>
/// workflows/ke-hoach.json and ke-hoach-don-vi.json for 2027: started by hand on Monday 4 January 2027, one ward's plan
/// goes through a return by its head and one by the Sở Nội vụ before it is accepted; the other units never draft, and
/// the clock runs through Tết (Friday 5 – Thursday 11 February 2027) past the 15/02 deadline.
/// </summary>
public sealed class KeHoachEndToEndTests
{
    private const string Plan = "ke-hoach-don-vi";

    [Fact]
    public async Task PlanCampaign2027_ReturnedThenAccepted_IsNumberedAtApproval_AndSilentUnitsAreRemindedAndEscalatedAroundTet()
    {
        using var host = await StartAsync(Local(1, 4, 9), "ke-hoach", Plan);
        var root = await host.ExecuteAsync("ke-hoach", new JsonObject { ["year"] = 2027 });
        await host.RunDueAsync();
        Assert.Equal("Finished", await host.SubStatusAsync(root));
        // A second start for the same year is told the campaign is open, and gives no unit a second plan.
        await host.ExecuteAsync("ke-hoach", new JsonObject { ["year"] = 2027 });
        await host.RunDueAsync();
        foreach (var unit in new[] { "MTTQ-TP", "P-ANBINH", "P-BINHMINH", "P-CAIKHE" })
            Assert.Equal(Local(2, 15), Due(await host.OpenTaskAsync(Plan, "soan", unit)));

        // The ward's staff draft (a group task their head cannot take: the head approves).
        var draft = await host.OpenTaskAsync(Plan, "soan", "P-ANBINH");
        Assert.Null(draft.AssigneeUserId);
        Assert.Equal(await IdsAsync(host, "anbinh.canbo1", "anbinh.canbo2", "anbinh.quanly"), Ids(draft.CandidateUsers));
        Assert.False(await host.Get<TaskActions>().CanActAsync(await host.UserIdAsync("anbinh.chutich"), draft));
        host.Clock.Set(Local(1, 6, 9));
        await host.DecideAsync("anbinh.canbo1", draft.Id, "Trình", fields: PlanForm("Phường An Bình quán triệt kế hoạch đến 100% cán bộ, công chức."));

        var review = await host.OpenTaskAsync(Plan, "duyet", "P-ANBINH");
        Assert.Equal(await host.UserIdAsync("anbinh.chutich"), review.AssigneeUserId);
        var instanceId = review.InstanceId;
        var draftDocument = (await host.StateAsync(instanceId))["VanBan"]!;
        Assert.Null(draftDocument["number"]?.GetValue<int?>());
        var draftPage = await host.DocumentPageAsync("anbinh.chutich", draftDocument["id"]!.GetValue<string>());
        Assert.Contains("/KH-P-ANBINH", draftPage, StringComparison.Ordinal);
        Assert.Contains("Phường An Bình quán triệt kế hoạch đến 100% cán bộ, công chức.", draftPage, StringComparison.Ordinal);
        await host.DecideAsync("anbinh.chutich", review.Id, "Trả lại", "Bổ sung nhiệm vụ công khai đường dây nóng.");

        var revision = await host.OpenTaskAsync(Plan, "soan", "P-ANBINH");
        Assert.Equal("Thủ trưởng đơn vị trả lại với ý kiến: Bổ sung nhiệm vụ công khai đường dây nóng. Sửa kế hoạch và trình lại thủ trưởng đơn vị.", revision.Description);
        // The form opens with what was written, to be revised rather than retyped.
        Assert.Contains("Phường An Bình quán triệt kế hoạch đến 100% cán bộ, công chức.", WebUtility.HtmlDecode(await host.TaskPageAsync("anbinh.canbo2", revision.Id)), StringComparison.Ordinal);
        await host.DecideAsync("anbinh.canbo2", revision.Id, "Trình", fields: PlanForm("Phường An Bình quán triệt kế hoạch; công khai số điện thoại đường dây nóng."));
        host.Clock.Set(Local(1, 7, 10));
        await host.DecideAsync("anbinh.chutich", (await host.OpenTaskAsync(Plan, "duyet", "P-ANBINH")).Id, "Duyệt");

        // Numbered at approval from the ward's register, then sent to the supervisor of its bloc.
        var issued = (await host.StateAsync(instanceId))["VanBan"]!;
        Assert.Equal("1/KH-P-ANBINH", issued["numberText"]!.GetValue<string>());
        var submitted = await host.SubmissionAsync("ke-hoach-2027", "P-ANBINH");
        Assert.Equal((SubmissionStatus.Submitted, true), (submitted.Status, submitted.OnTime));
        var acceptance = await host.OpenTaskAsync(Plan, "tiepNhan", "SNV");
        Assert.Equal(await IdsAsync(host, "snv.chuyenvien", "snv.giamdoc"), Ids(acceptance.CandidateUsers));
        Assert.Equal("Tiếp nhận Kế hoạch 1/KH-P-ANBINH của UBND phường An Bình", acceptance.Title);
        await host.DecideAsync("snv.chuyenvien", acceptance.Id, "Trả lại", "Đề nghị ghi rõ thời gian hoàn thành từng nhiệm vụ.");
        Assert.Equal(SubmissionStatus.Returned, (await host.SubmissionAsync("ke-hoach-2027", "P-ANBINH")).Status);

        var second = await host.OpenTaskAsync(Plan, "soan", "P-ANBINH");
        Assert.StartsWith("Sở Nội vụ trả lại với ý kiến: Đề nghị ghi rõ thời gian hoàn thành từng nhiệm vụ.", second.Description, StringComparison.Ordinal);
        host.Clock.Set(Local(1, 11, 9));
        await host.DecideAsync("anbinh.canbo1", second.Id, "Trình", fields: PlanForm("Phường An Bình quán triệt kế hoạch; công khai số điện thoại đường dây nóng."));
        await host.DecideAsync("anbinh.chutich", (await host.OpenTaskAsync(Plan, "duyet", "P-ANBINH")).Id, "Duyệt");
        await host.DecideAsync("snv.giamdoc", (await host.OpenTaskAsync(Plan, "tiepNhan", "SNV")).Id, "Tiếp nhận");

        await host.AssertHealthyAsync();
        Assert.Equal("Finished", await host.SubStatusAsync(instanceId));
        var accepted = await host.SubmissionAsync("ke-hoach-2027", "P-ANBINH");
        Assert.Equal((SubmissionStatus.Approved, true), (accepted.Status, accepted.OnTime));
        // Issued again after the revision, the plan keeps its number; the ward and its supervisor download it as DOCX.
        var documentId = (await host.StateAsync(instanceId))["VanBan"]!["id"]!.GetValue<string>();
        Assert.Equal(documentId, accepted.DocumentId);
        var docx = await host.DocxTextAsync("anbinh.canbo1", documentId);
        Assert.Contains("Số: 1/KH-P-ANBINH", docx, StringComparison.Ordinal);
        Assert.Contains("KẾ HOẠCH", docx, StringComparison.Ordinal);
        Assert.Contains("công khai số điện thoại đường dây nóng", docx, StringComparison.Ordinal);
        Assert.Contains("Sở Nội vụ (để báo cáo);", docx, StringComparison.Ordinal);
        Assert.Contains("Số: 1/KH-P-ANBINH", await host.DocxTextAsync("snv.chuyenvien", documentId), StringComparison.Ordinal);

        // The silent units: the deadline work of a government ward's and of the Front committee's draft.
        var binhMinh = await host.OpenTaskAsync(Plan, "soan", "P-BINHMINH");
        var mttq = await host.OpenTaskAsync(Plan, "soan", "MTTQ-TP");
        // 15/02/2027 is a Monday and the plan is due "before 15/02": 00:00 that day. Counting working days back from it,
        // skipping weekends and Tết (Fri 05/02 to Thu 11/02/2027: 29 Tết, mùng 1–4 and two compensatory days):
        //   1 working day before: Sun 14 and Sat 13 are skipped -> Fri 12/02;
        //   3 working days before: Fri 12 (1), then 11..05 are Tết or weekend, Thu 04 (2), Wed 03 (3) -> Wed 03/02
        //   (a calendar without Tết would give Wed 10/02).
        // Escalations: 0 working days after -> Mon 15/02 to the unit head; 2 after: Tue 16 (1), Wed 17 (2) -> 17/02 to
        // the head of the supervising unit (Sở Nội vụ for the ward, Ban Tổ chức Thành ủy for the Front committee).
        Assert.Equal(new Dictionary<string, DateTimeOffset>
        {
            ["Reminder-3"] = Local(2, 3), ["Reminder-1"] = Local(2, 12), ["Escalation-1"] = Local(2, 15), ["Escalation-2"] = Local(2, 17),
        }, await host.PlannedAsync(binhMinh.Id));

        for (var day = Local(1, 12, 8); day <= Local(2, 19, 8); day = day.AddDays(1))
            await host.RunAtAsync(day);

        Assert.Equal(
        [
            "03/02 Reminder 3 binhminh.canbo1", "03/02 Reminder 3 binhminh.canbo2", "03/02 Reminder 3 binhminh.quanly",
            "12/02 Reminder 1 binhminh.canbo1", "12/02 Reminder 1 binhminh.canbo2", "12/02 Reminder 1 binhminh.quanly",
            "15/02 Escalation 1 binhminh.chutich",
            "17/02 Escalation 2 snv.giamdoc",
        ], Lines(await host.DeadlineMailsAsync(binhMinh.Id)));
        Assert.Equal(
        [
            "03/02 Reminder 3 mttq.canbo1", "03/02 Reminder 3 mttq.canbo2", "03/02 Reminder 3 mttq.quanly",
            "12/02 Reminder 1 mttq.canbo1", "12/02 Reminder 1 mttq.canbo2", "12/02 Reminder 1 mttq.quanly",
            "15/02 Escalation 1 mttq.chutich",
            "17/02 Escalation 2 btc.truongban",
        ], Lines(await host.DeadlineMailsAsync(mttq.Id)));
        // The accepted plan's tasks were done before any deadline work was due.
        foreach (var done in await host.TasksAsync(Plan, "soan", "P-ANBINH", HumanTaskStatus.Completed))
            Assert.Empty(await host.DeadlineMailsAsync(done.Id));
        Assert.Equal(SubmissionStatus.Pending, (await host.SubmissionAsync("ke-hoach-2027", "P-BINHMINH")).Status);
        await host.AssertHealthyAsync();
    }

    internal static DateTimeOffset Due(HumanTaskRecord task) => new DateTimeOffset(task.DueAt!.Value, TimeSpan.Zero).ToOffset(Vietnam);

    internal static List<string> Lines(IEnumerable<(string Kind, int Level, DateOnly Day, string To)> mails) =>
        [.. mails.Select(m => $"{m.Day:dd/MM} {m.Kind} {m.Level} {m.To}").Order(StringComparer.Ordinal)];

    internal static List<string> Ids(string? list) => [.. (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    internal static async Task<List<string>> IdsAsync(CampaignEndToEndHost host, params string[] userNames)
    {
        var ids = new List<string>();
        foreach (var name in userNames) ids.Add(await host.UserIdAsync(name));
        return [.. ids.Order(StringComparer.Ordinal)];
    }

    private static (string, string)[] PlanForm(string firstPurpose) =>
    [
        ("canCu", "Căn cứ Kế hoạch số 12/KH-UBND ngày 08/01/2027 của UBND thành phố về thực hiện “5 xây”, “3 chống” năm 2027;"),
        ("mucDich", firstPurpose + "\r\nTạo chuyển biến rõ nét về lề lối làm việc, tinh thần phục vụ Nhân dân."),
        ("yeuCau", "Gắn với nhiệm vụ chuyên môn, tránh hình thức."),
        ("trachNhiem", "Giải quyết 100% hồ sơ thủ tục hành chính đúng hạn."),
        ("chuyenNghiep", "Sử dụng thành thạo hệ thống thông tin giải quyết thủ tục hành chính."),
        ("trungThuc", "Báo cáo số liệu chính xác, đúng thực chất."),
        ("kyCuong", "Chấp hành nghiêm nội quy, thời giờ làm việc."),
        ("guongMau", "Lãnh đạo phường nêu gương trong công việc và ứng xử."),
        ("chongQuanLieu", "Lãnh đạo phường tiếp công dân định kỳ hằng tuần."),
        ("chongTieuCuc", "Không yêu cầu người dân bổ sung hồ sơ quá 01 lần."),
        ("chongHinhThuc", "Đánh giá kết quả bằng sản phẩm cụ thể."),
        ("nhiemVu", "Quán triệt kế hoạch đến cán bộ, công chức | Văn phòng UBND phường | Trước ngày 20/01/2027 | Hội nghị quán triệt\r\n"
            + "Cán bộ, công chức đăng ký thực hiện | Các bộ phận | Trước ngày 15/02/2027 | Bản đăng ký cá nhân"),
        ("toChuc", "Văn phòng UBND phường: theo dõi, tổng hợp, báo cáo kết quả thực hiện."),
    ];
}
