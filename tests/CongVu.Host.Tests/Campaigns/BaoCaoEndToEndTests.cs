using System.Text.Json.Nodes;
using CongVu.Host.Campaigns;
using Xunit;
using static CongVu.Host.Tests.Campaigns.CampaignEndToEndHost;
using static CongVu.Host.Tests.Campaigns.KeHoachEndToEndTests;

namespace CongVu.Host.Tests.Campaigns;

/// <summary>
/// workflows/bao-cao.json, bao-cao-don-vi.json and bao-cao-tong-hop.json: the schedule opens the six-month report campaign
/// of 2027 on Tuesday 1 June 2027 at 08:00 (due 15/06). Of the Sở Nội vụ's three wards one reports on time, one late
/// (17/06) and one never; the Front committee reports on time, so the Ban Tổ chức Thành ủy's consolidation starts at once,
/// while the Sở Nội vụ's waits to the end of the fifth working day after the due date.
/// </summary>
public sealed class BaoCaoEndToEndTests
{
    private const string Report = "bao-cao-don-vi", Consolidation = "bao-cao-tong-hop";

    [Fact]
    public async Task SixMonthReport2027_OnTimeLateAndMissingUnits_AreListedInTheConsolidatedReport()
    {
        using var host = await StartAsync(Local(5, 31, 9), "bao-cao", Report, Consolidation);
        await host.RunAtAsync(Local(6, 1, 8));
        var campaign = await host.Get<CampaignStore>().FindAsync("bao-cao-2027-6t", CancellationToken.None);
        Assert.Equal(new DateOnly(2027, 6, 15), campaign!.DueDate);
        Assert.Equal(4, (await host.TasksAsync(Report, "tuDanhGia")).Count);
        var caiKhe = await host.OpenTaskAsync(Report, "tuDanhGia", "P-CAIKHE");
        // 15/06/2027 is a Tuesday, no holiday near it: 1 working day before is Mon 14/06; 3 before: Mon 14 (1), Fri 11 (2),
        // Thu 10 (3) -> 10/06. Escalations: Tue 15/06 (0 after) and Wed 16 (1), Thu 17 (2) -> 17/06.
        Assert.Equal(new Dictionary<string, DateTimeOffset>
        {
            ["Reminder-3"] = Local(6, 10), ["Reminder-1"] = Local(6, 14), ["Escalation-1"] = Local(6, 15), ["Escalation-2"] = Local(6, 17),
        }, await host.PlannedAsync(caiKhe.Id));

        await RunDaysAsync(host, Local(6, 2, 8), Local(6, 10, 8));
        await ReportAsync(host, "anbinh", "P-ANBINH", Local(6, 10, 9), "Tốt", "Khá");
        var anBinh = await host.SubmissionAsync("bao-cao-2027-6t", "P-ANBINH");
        Assert.Equal((SubmissionStatus.Approved, true), (anBinh.Status, anBinh.OnTime));
        await ReportAsync(host, "mttq", "MTTQ-TP", Local(6, 11, 9), "Khá", "Khá");
        // Every unit of the Ban Tổ chức Thành ủy has reported: its consolidation does not wait for the deadline.
        await host.RunDueAsync();
        await host.AssertHealthyAsync();
        Assert.Single(await host.TasksAsync(Consolidation, "hoanThien", "BTC-TU"));
        Assert.Empty(await host.TasksAsync(Consolidation, "hoanThien", "SNV"));

        await RunDaysAsync(host, Local(6, 12, 8), Local(6, 17, 8));
        await ReportAsync(host, "binhminh", "P-BINHMINH", Local(6, 17, 9), "Trung bình", "Trung bình");
        Assert.False((await host.SubmissionAsync("bao-cao-2027-6t", "P-BINHMINH")).OnTime);

        // The Sở Nội vụ waits to the end of the fifth working day after 15/06: Wed 16, Thu 17, Fri 18, Mon 21, Tue 22/06.
        await RunDaysAsync(host, Local(6, 18, 8), Local(6, 22, 23));
        Assert.Empty(await host.TasksAsync(Consolidation, "hoanThien", "SNV"));
        await host.RunAtAsync(Local(6, 23, 0, 1));
        var finish = await host.OpenTaskAsync(Consolidation, "hoanThien", "SNV");
        Assert.Equal(await IdsAsync(host, "snv.chuyenvien"), Ids(finish.CandidateUsers));
        Assert.Equal("Số liệu các đơn vị đã được tổng hợp (đơn vị trễ hạn: UBND phường Bình Minh; chưa nộp: UBND phường Cái Khế). Nhận xét, đánh giá và trình thủ trưởng.",
            finish.Description);
        host.Clock.Set(Local(6, 23, 9));
        await host.DecideAsync("snv.chuyenvien", finish.Id, "Trình", fields:
        [
            ("ketQua", "Các phường đã triển khai đăng ký và thực hiện nghiêm túc."),
            ("tonTai", "01 đơn vị gửi báo cáo trễ hạn, 01 đơn vị chưa gửi báo cáo."),
            ("phuongHuong", "Đôn đốc UBND phường Cái Khế gửi báo cáo trước ngày 30/06/2027."),
        ]);
        var approve = await host.OpenTaskAsync(Consolidation, "duyet", "SNV");
        Assert.Equal(await host.UserIdAsync("snv.giamdoc"), approve.AssigneeUserId);
        await host.DecideAsync("snv.giamdoc", approve.Id, "Duyệt");

        await host.AssertHealthyAsync();
        Assert.Equal("Finished", await host.SubStatusAsync(approve.InstanceId));
        var report = (await host.StateAsync(approve.InstanceId))["VanBan"]!;
        Assert.Equal("1/BC-SNV", report["numberText"]!.GetValue<string>());
        var docx = await host.DocxTextAsync("snv.giamdoc", report["id"]!.GetValue<string>());
        foreach (var text in new[]
        {
            "Số: 1/BC-SNV",
            "Tổng hợp kết quả thực hiện “5 xây”, “3 chống” 6 tháng đầu năm 2027 của các cơ quan, đơn vị thuộc khối chính quyền",
            "Tổng số cơ quan, đơn vị phải báo cáo: 3; đã gửi báo cáo: 2, trong đó đúng hạn: 1, trễ hạn: 1; chưa gửi báo cáo: 1 (hạn gửi báo cáo: ngày 15/06/2027).",
            // The late unit, with its submission day and the days it was late.
            "Tỷ lệ cơ quan, đơn vị gửi báo cáo đúng hạn: 33,3%.",
            "2. Các cơ quan, đơn vị gửi báo cáo trễ hạn\nSTT\nCơ quan, đơn vị\nNgày gửi\nSố ngày trễ hạn\n1\nUBND phường Bình Minh\n17/06/2027\n2\n",
            "3. Các cơ quan, đơn vị chưa gửi báo cáo\n1. UBND phường Cái Khế\nII.",
            "Đôn đốc UBND phường Cái Khế gửi báo cáo trước ngày 30/06/2027.",
        })
            Assert.Contains(text, docx, StringComparison.Ordinal);
        // Per unit that reported: its report's number, the day it came, on time or not, its overall self-rating.
        Assert.Contains("1\nUBND phường An Bình\n1/BC-P-ANBINH\n10/06/2027\nĐúng hạn\nTốt", docx, StringComparison.Ordinal);
        Assert.Contains("2\nUBND phường Bình Minh\n1/BC-P-BINHMINH\n17/06/2027\nTrễ hạn\nTrung bình", docx, StringComparison.Ordinal);
        // The self-assessments tallied per criterion: "Trách nhiệm" was Tốt for An Bình and Trung bình for Bình Minh.
        Assert.Contains("Trách nhiệm\n1\n0\n1\n0", docx, StringComparison.Ordinal);
        Assert.Contains("Tự đánh giá chung\n1\n0\n1\n0", docx, StringComparison.Ordinal);
        // A unit's report is open to the supervisor's staff too.
        Assert.Contains("Số: 1/BC-P-ANBINH", await host.DocxTextAsync("snv.chuyenvien", anBinh.DocumentId!), StringComparison.Ordinal);

        Assert.Equal(
        [
            "10/06 Reminder 3 caikhe.canbo1", "10/06 Reminder 3 caikhe.canbo2", "10/06 Reminder 3 caikhe.quanly",
            "14/06 Reminder 1 caikhe.canbo1", "14/06 Reminder 1 caikhe.canbo2", "14/06 Reminder 1 caikhe.quanly",
            "15/06 Escalation 1 caikhe.chutich", "17/06 Escalation 2 snv.giamdoc",
        ], Lines(await host.DeadlineMailsAsync(caiKhe.Id)));
    }

    /// <summary>A ward's staff member reports with two ratings (the first criterion and the rest), and its head approves.</summary>
    private static async Task ReportAsync(CampaignEndToEndHost host, string prefix, string unit, DateTimeOffset at, string first, string others)
    {
        host.Clock.Set(at);
        var task = await host.OpenTaskAsync(Report, "tuDanhGia", unit);
        var fields = new List<(string, string)>
        {
            ("tinhHinh", "Đơn vị đã ban hành kế hoạch và tổ chức quán triệt đến toàn thể cán bộ."),
            ("ketQua", "Giải quyết đúng hạn 98% hồ sơ thủ tục hành chính."),
            ("trachNhiem", first),
            ("danhGiaChung", first),
            ("phuongHuong", "Tiếp tục thực hiện nghiêm các nội dung đã đăng ký."),
        };
        fields.AddRange(new[] { "chuyenNghiep", "trungThuc", "kyCuong", "guongMau", "chongQuanLieu", "chongTieuCuc", "chongHinhThuc" }.Select(c => (c, others)));
        await host.DecideAsync($"{prefix}.canbo1", task.Id, "Trình", fields: fields);
        await host.DecideAsync($"{prefix}.chutich", (await host.OpenTaskAsync(Report, "duyet", unit)).Id, "Duyệt");
        var state = await host.StateAsync(task.InstanceId);
        Assert.Equal($"1/BC-{unit}", state["VanBan"]!["numberText"]!.GetValue<string>());
        await host.RunDueAsync();
        await host.AssertHealthyAsync();
    }

    private static async Task RunDaysAsync(CampaignEndToEndHost host, DateTimeOffset from, DateTimeOffset to)
    {
        for (var day = from; day <= to; day = day.AddDays(1)) await host.RunAtAsync(day);
    }
}
