using System.Net;
using CongVu.Engine.Tasks;
using CongVu.Host.People;
using CongVu.Host.Tests.People;
using Xunit;

namespace CongVu.Host.Tests.Inbox;

public sealed class InboxListTests(InboxHost host) : IClassFixture<InboxHost>
{
    private static readonly DateTimeOffset Now = InboxHost.Now;

    [Fact]
    public async Task MyTasks_OverdueFirstInRed_ThenByDueDate_ThenUndated()
    {
        var me = await host.CreateUserAsync("ds-cuatoi", "Đỗ Thị Hoa", "VP-UBND", Roles.Staff);
        var unit = host.UnitId("VP-UBND");
        await host.AddAsync([
            InboxHost.Task("Việc không hạn", me, unit, null),
            InboxHost.Task("Việc hạn thứ sáu", me, unit, Now.AddDays(4)),
            InboxHost.Task("Việc quá hạn hôm qua", me, unit, Now.AddDays(-1)),
            InboxHost.Task("Việc hạn ngày mai", me, unit, Now.AddDays(1)),
            InboxHost.Task("Việc của người khác", await host.UserIdAsync("canbo2"), unit, Now.AddDays(-5)),
        ]);
        using var browser = await host.SignInAsync("ds-cuatoi");
        using var response = await browser.Client.GetAsync("/cong-viec");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mine = Section(html, "viec-cua-toi");
        Assert.True(Positions(mine, "Việc quá hạn hôm qua", "Việc hạn ngày mai", "Việc hạn thứ sáu", "Việc không hạn").SequenceEqual([0, 1, 2, 3]));
        Assert.DoesNotContain("Việc của người khác", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"overdue\"><a href=\"/cong-viec/", mine, StringComparison.Ordinal);
        Assert.Contains("Hạn xử lý: 28/02/2027 09:00 <span class=\"late\">Quá hạn</span>", mine, StringComparison.Ordinal);
        Assert.Contains("Hạn xử lý: 02/03/2027 09:00", mine, StringComparison.Ordinal);
        Assert.Contains("Kiểm thử · Văn phòng UBND", mine, StringComparison.Ordinal);
        Assert.Contains("1 quá hạn", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupTasks_ShowClaimButton_AndClaimingMovesTheTaskToMine()
    {
        var me = await host.CreateUserAsync("ds-nhom", "Phan Văn Khải", "VP-UBND", Roles.Reviewer);
        var other = await host.UserIdAsync("canbo2");
        var group = InboxHost.Task("Rà soát báo cáo 6 tháng", null, host.UnitId("VP-UBND"), Now.AddDays(2));
        group.CandidateUsers = $";{other};{me};";
        var elsewhere = InboxHost.Task("Việc nhóm của Sở Nội vụ", null, host.UnitId("SNV"), Now.AddDays(2));
        elsewhere.CandidateUsers = $";{other};";
        await host.AddAsync([group, elsewhere]);

        using var browser = await host.SignInAsync("ds-nhom");
        var html = await browser.Client.GetStringAsync("/cong-viec");
        var claimable = Section(html, "viec-cho-nhan");
        Assert.Contains("Rà soát báo cáo 6 tháng", claimable, StringComparison.Ordinal);
        Assert.Contains($"form=\"nhan-viec\" formaction=\"/cong-viec/{group.Id}/nhan-viec\"", claimable, StringComparison.Ordinal);
        Assert.Contains(">Nhận việc</button>", claimable, StringComparison.Ordinal);
        Assert.DoesNotContain("Việc nhóm của Sở Nội vụ", html, StringComparison.Ordinal);

        using var claim = await browser.PostFormAsync($"/cong-viec/{group.Id}/nhan-viec", ("__RequestVerificationToken", Browser.TokenFrom(html)!));
        Assert.Equal(HttpStatusCode.Redirect, claim.StatusCode);
        Assert.Equal($"/cong-viec/{group.Id}", claim.Headers.Location?.OriginalString);
        Assert.Equal(me, (await host.FindAsync(group.Id)).AssigneeUserId);
        Assert.Contains("Đã nhận việc.", await browser.Client.GetStringAsync(claim.Headers.Location), StringComparison.Ordinal);

        var after = await browser.Client.GetStringAsync("/cong-viec");
        Assert.Contains("Rà soát báo cáo 6 tháng", Section(after, "viec-cua-toi"), StringComparison.Ordinal);
        Assert.DoesNotContain("Rà soát báo cáo 6 tháng", Section(after, "viec-cho-nhan"), StringComparison.Ordinal);

        var page = await browser.Client.GetStringAsync($"/cong-viec/{group.Id}");
        Assert.Contains(">Trả lại nhóm</button>", page, StringComparison.Ordinal);
        using var release = await browser.PostFormAsync($"/cong-viec/{group.Id}/tra-lai", ("__RequestVerificationToken", Browser.TokenFrom(page)!));
        Assert.Equal(HttpStatusCode.Redirect, release.StatusCode);
        Assert.Null((await host.FindAsync(group.Id)).AssigneeUserId);
    }

    [Fact]
    public async Task History_ListsCompletedTasksNewestFirst_WithOutcome()
    {
        var me = await host.CreateUserAsync("ds-daxuly", "Vũ Thị Lan", "VP-UBND", Roles.UnitHead);
        var older = Done(InboxHost.Task("Duyệt kế hoạch năm", null, host.UnitId("VP-UBND"), null), me, "Duyệt", Now.AddDays(-3));
        var newer = Done(InboxHost.Task("Duyệt báo cáo quý", null, host.UnitId("VP-UBND"), null), me, "Trả lại", Now.AddHours(-2));
        await host.AddAsync([older, newer], [Line(older, me), Line(newer, me)]);

        using var browser = await host.SignInAsync("ds-daxuly");
        var done = Section(await browser.Client.GetStringAsync("/cong-viec"), "da-xu-ly");
        Assert.True(Positions(done, "Duyệt báo cáo quý", "Duyệt kế hoạch năm").SequenceEqual([0, 1]));
        Assert.Contains("Kết quả: <strong>Trả lại</strong> · Xử lý lúc 01/03/2027 07:00", done, StringComparison.Ordinal);
        Assert.Contains("Kết quả: <strong>Duyệt</strong>", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyTasks_PagedBy50()
    {
        var me = await host.CreateUserAsync("ds-nhieu", "Hồ Văn Nam", "VP-UBND", Roles.Staff);
        await host.AddAsync(Enumerable.Range(1, 60).Select(i => InboxHost.Task($"Việc số {i:00}", me, host.UnitId("VP-UBND"), Now.AddHours(i))));
        using var browser = await host.SignInAsync("ds-nhieu");

        var first = Section(await browser.Client.GetStringAsync("/cong-viec"), "viec-cua-toi");
        Assert.Equal(50, CountOf(first, "<li"));
        Assert.Contains("Việc số 50", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/cong-viec?cua-toi=2#viec-cua-toi\">Trang sau", first, StringComparison.Ordinal);
        var second = Section(await browser.Client.GetStringAsync("/cong-viec?cua-toi=2"), "viec-cua-toi");
        Assert.Equal(10, CountOf(second, "<li"));
        Assert.Contains("Việc số 51", second, StringComparison.Ordinal);
        Assert.Contains("Trang trước", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_RequiresSignIn()
    {
        using var browser = new Browser(host.Factory);
        using var response = await browser.Client.GetAsync("/cong-viec");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/dang-nhap?returnUrl=%2Fcong-viec", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private static HumanTaskRecord Done(HumanTaskRecord task, string userId, string outcome, DateTimeOffset at)
    {
        task.Status = HumanTaskStatus.Completed;
        task.CompletedBy = userId;
        task.CompletedAt = at.UtcDateTime;
        task.Outcome = outcome;
        return task;
    }

    private static HumanTaskEventRecord Line(HumanTaskRecord task, string userId) => new()
    {
        Id = Guid.NewGuid().ToString("N"), TaskId = task.Id, InstanceId = task.InstanceId, At = task.CompletedAt!.Value, UserId = userId,
        Kind = HumanTaskEventKind.Completed, Data = $"{{\"outcome\":\"{task.Outcome}\"}}",
    };

    /// <summary>The HTML of one section of the inbox page, by its id.</summary>
    internal static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section {id}.");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static IEnumerable<int> Positions(string html, params string[] titles) =>
        titles.Select(t => html.IndexOf(t, StringComparison.Ordinal)).ToList() is var found && found.All(p => p >= 0)
            ? found.Select(p => found.Count(q => q < p))
            : throw new Xunit.Sdk.XunitException($"Missing one of: {string.Join(", ", titles)}");

    private static int CountOf(string html, string text) => (html.Length - html.Replace(text, "", StringComparison.Ordinal).Length) / text.Length;
}
