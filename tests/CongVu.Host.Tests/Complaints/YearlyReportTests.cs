using System.Net;
using System.Text.Json.Nodes;
using CongVu.Host.Complaints;
using CongVu.Host.Tasks;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CongVu.Host.Tests.Complaints;

/// <summary>The yearly report (due 10/11): counts per unit and the on-time rate, started by its schedule on 01/11, approved and numbered.</summary>
public sealed class YearlyReportTests(ComplaintsHost host) : IClassFixture<ComplaintsHost>
{
    [Fact]
    public async Task CronOn1November_CountsTheYearPerUnit_HeadApproves_ReportIsNumbered()
    {
        await SeedYearAsync();
        host.Clock.Set(new DateTimeOffset(2027, 11, 1, 0, 0, 0, TimeSpan.Zero));
        var stats = await host.Get<ComplaintStatisticsQuery>().RunAsync(2027, null, CancellationToken.None);
        var totals = stats["totals"]!;
        Assert.Equal((8, 5, 4, 2, 3, "66,7%"), (Int(totals, "received"), Int(totals, "resolved"), Int(totals, "onTime"), Int(totals, "late"), Int(totals, "open"),
            totals["onTimeRateText"]!.GetValue<string>()));
        var units = stats["units"]!.AsArray().Select(u => (u!["name"]!.GetValue<string>(), Int(u, "received"), Int(u, "onTime"), Int(u, "late"), u["onTimeRateText"]!.GetValue<string>())).ToList();
        Assert.Equal([("UBND phường Cái Khế", 2, 1, 0, "100%"), ("UBND phường Thới Bình", 5, 3, 2, "60%"), ("Chưa phân loại", 1, 0, 0, "—")], units);

        // 08:00 on 01/11/2027, Vietnam time: the schedule starts the report; the head of the reporting unit gets it, due 10/11.
        await host.RunAtAsync(new DateTimeOffset(2027, 11, 1, 1, 0, 0, TimeSpan.Zero));
        string? instance = null;
        foreach (var id in await InstancesAsync())
            if ((await host.OpenTasksAsync(id)).Any(t => t.Title.Contains("2027", StringComparison.Ordinal))) instance = id;
        Assert.True(instance is not null, await DiagnosisAsync());
        var review = await host.OpenTaskAsync(instance);
        Assert.Equal(await host.UserIdAsync("pa.giamdoc"), review.AssigneeUserId);
        Assert.Equal(new DateTime(2027, 11, 9, 17, 0, 0, DateTimeKind.Utc), review.DueAt);
        Assert.Contains("năm 2027", review.Title, StringComparison.Ordinal);
        using var head = await host.SignInAsync("pa.giamdoc");
        var page = await head.Client.GetStringAsync($"/cong-viec/{review.Id}");
        foreach (var text in new[] { "tỷ lệ đúng hạn 66,7%", "UBND phường Thới Bình", "60%", "Cái Khế" })
            Assert.Contains(text, page, StringComparison.Ordinal);

        // The head adds an assessment and looks again, then approves: the report is numbered in the BC register.
        var actions = host.Get<TaskActions>();
        var giamdoc = await host.UserIdAsync("pa.giamdoc");
        Assert.True((await actions.CompleteAsync(giamdoc, review.Id, "Cập nhật", null, new JsonObject { ["kienNghi"] = "Bổ sung biên chế cho bộ phận tiếp công dân." })).Succeeded);
        var again = await host.OpenTaskAsync(instance);
        Assert.Contains("Bổ sung biên chế cho bộ phận tiếp công dân.", await head.Client.GetStringAsync($"/cong-viec/{again.Id}"), StringComparison.Ordinal);
        Assert.True((await actions.CompleteAsync(giamdoc, again.Id, "Duyệt", null, null)).Succeeded);
        Assert.Equal("Finished", (await host.InstanceAsync(instance)).Status);
        Assert.Matches(@"\d+/BC-", await host.InstanceTextAsync(instance));
    }

    [Fact]
    public async Task AnAdministratorCanStartItForAGivenYear()
    {
        var instance = await host.StartAsync("bao-cao-phan-anh-nam", new JsonObject { ["year"] = 2026 });
        var review = await host.OpenTaskAsync(instance);
        Assert.Contains("năm 2026", review.Title, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2026, 11, 9, 17, 0, 0, DateTimeKind.Utc), review.DueAt);
        using var head = await host.SignInAsync("pa.giamdoc");
        using var page = await head.Client.GetAsync($"/cong-viec/{review.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("BÁO CÁO", (await page.Content.ReadAsStringAsync()).ToUpperInvariant(), StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<string>> InstancesAsync()
    {
        await using var db = await host.Get<IDbContextFactory<Engine.Persistence.EngineDbContext>>().CreateDbContextAsync();
        return await db.Instances.AsNoTracking().Where(i => i.DefinitionId == "bao-cao-phan-anh-nam").Select(i => i.Id).ToListAsync();
    }

    /// <summary>What the instances and the timer table say, should the scheduled start not have produced the task.</summary>
    private async Task<string> DiagnosisAsync()
    {
        await using var db = await host.Get<IDbContextFactory<Engine.Persistence.EngineDbContext>>().CreateDbContextAsync();
        var work = await db.ScheduledWork.AsNoTracking().Where(w => w.LastError != null).Select(w => w.Kind + ": " + w.LastError).ToListAsync();
        var instances = await db.Instances.AsNoTracking().Select(i => i.DefinitionId + " " + i.SubStatus).ToListAsync();
        return $"instances: {string.Join(", ", instances)}; failed work: {string.Join(" | ", work)}";
    }

    private static int Int(JsonNode? node, string name) => node![name]!.GetValue<int>();

    /// <summary>Cases straight in the table, as the year left them: what the statistics read.</summary>
    private Task SeedYearAsync() => host.ComplaintsAsync(async db =>
    {
        var ward = host.UnitId("PA-PHUONG");
        var other = host.UnitId("PA-KHAC");
        DateTime At(int month, int day) => new(2027, month, day, 3, 0, 0, DateTimeKind.Utc);
        Complaint Case(string? unit, DateTime received, DateTime? due, DateTime? answered) => new()
        {
            TrackingCode = TrackingCode.New(received.Year), Subject = "Số liệu", Content = "Số liệu", ReceivedAt = received, UnitId = unit, DueAt = due,
            AnsweredAt = answered, AcceptedAt = due is null ? null : received, Status = answered is null ? ComplaintStatus.InProgress : ComplaintStatus.Published,
            InstanceId = Guid.NewGuid().ToString("N"),
        };
        db.Complaints.AddRange(
            Case(ward, At(1, 10), At(2, 9), At(2, 1)),      // on time
            Case(ward, At(3, 10), At(4, 9), At(4, 9)),      // on time, on the last instant
            Case(ward, At(5, 10), At(6, 9), At(6, 20)),     // answered late
            Case(ward, At(9, 1), At(10, 1), null),          // open, overdue on 01/11
            Case(other, At(6, 1), At(7, 1), At(6, 15)),     // on time
            Case(other, At(10, 20), At(11, 19), null),      // open, within its time
            Case(null, At(10, 30), null, null),             // not classified yet
            Case(ward, new DateTime(2026, 12, 31, 16, 0, 0, DateTimeKind.Utc), null, null), // 31/12/2026 23:00 in Vietnam: last year's
            Case(ward, new DateTime(2026, 12, 31, 17, 30, 0, DateTimeKind.Utc), At(1, 30), At(1, 20))); // 01/01/2027 00:30 in Vietnam: this year's, on time
        return await db.SaveChangesAsync();
    });
}
