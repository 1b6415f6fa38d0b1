using System.Net;
using System.Text;
using CongVu.Host.Tests.People;
using Xunit;

namespace CongVu.Host.Tests.Campaigns;

/// <summary>The supervisors' dashboard over one report campaign: VP-UBND on time, SO-TC late, the rest missing; MTTQ on time.</summary>
public sealed class DashboardTests(DashboardTests.Fixture fixture) : IClassFixture<DashboardTests.Fixture>
{
    private const string CampaignId = "bao-cao-2027-6t";
    private CampaignHost Host => fixture.Host;

    [Fact]
    public async Task Supervisor_DashboardList_ShowsTheCampaignWithCountsOfTheirUnits()
    {
        using var browser = await Host.SignedInAsync("gs.snv");
        var html = await OkAsync(browser, "/giam-sat");

        Assert.Contains("href=\"/giam-sat/bao-cao-2027-6t\"", html, StringComparison.Ordinal);
        Assert.Contains("Báo cáo kết quả thực hiện &quot;5 xây, 3 chống&quot; 6 tháng đầu năm 2027", html, StringComparison.Ordinal);
        // Expected 3, submitted 2, on time 1, late 1, missing 1.
        Assert.Contains("<td class=\"num\">3</td><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/giam-sat\">Giám sát</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervisor_CampaignPage_ShowsCountsChartAndOneRowPerUnit()
    {
        using var browser = await Host.SignedInAsync("gs.snv");
        var html = await OkAsync(browser, $"/giam-sat/{CampaignId}");

        foreach (var tile in new[] { "<b>3</b><span>Phải nộp</span>", "<b>2</b><span>Đã nộp</span>", "<b class=\"ontime\">1</b><span>Đúng hạn</span>",
                     "<b class=\"late\">1</b><span>Trễ hạn</span>", "<b class=\"missing\">1</b><span>Chưa nộp</span>" })
            Assert.Contains(tile, html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Tình hình nộp: Đúng hạn: 1, Trễ hạn: 1, Chưa nộp: 1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Văn phòng UBND", html, StringComparison.Ordinal);
        Assert.Contains("14/06/2027 10:30", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"ontime\">Đúng hạn</td>", html, StringComparison.Ordinal);
        Assert.Contains("16/06/2027 08:00", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"late\">Trễ hạn</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"missing\">Chưa nộp</td>", html, StringComparison.Ordinal);
        Assert.Contains("hạn nộp 15/06/2027", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/giam-sat/bao-cao-2027-6t.csv\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartySupervisor_DoesNotSeeGovernmentUnits()
    {
        using var browser = await Host.SignedInAsync("gs.btc");
        var html = await OkAsync(browser, $"/giam-sat/{CampaignId}");
        var csv = await CsvAsync(browser, $"/giam-sat/{CampaignId}.csv");

        Assert.Contains("Ủy ban MTTQ Việt Nam thành phố", html, StringComparison.Ordinal);
        Assert.Contains("Thành đoàn", html, StringComparison.Ordinal);
        foreach (var government in new[] { "Văn phòng UBND", "Sở Tài chính", "UBND phường Hải Châu" })
        {
            Assert.DoesNotContain(government, html, StringComparison.Ordinal);
            Assert.DoesNotContain(government, csv, StringComparison.Ordinal);
        }
        Assert.Contains("<b>2</b><span>Phải nộp</span>", html, StringComparison.Ordinal);
        // Even asking for the other bloc shows nothing of it.
        Assert.DoesNotContain("Văn phòng UBND", await OkAsync(browser, $"/giam-sat/{CampaignId}?khoi=Government"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_SeesBothBlocs_AndFiltersByBloc()
    {
        using var browser = await Host.SignedInAsync("admin");
        var all = await OkAsync(browser, $"/giam-sat/{CampaignId}");
        var party = await OkAsync(browser, $"/giam-sat/{CampaignId}?khoi=Party");

        Assert.Contains("<b>5</b><span>Phải nộp</span>", all, StringComparison.Ordinal);
        Assert.Contains("Văn phòng UBND", all, StringComparison.Ordinal);
        Assert.Contains("Thành đoàn", all, StringComparison.Ordinal);
        Assert.Contains("href=\"/giam-sat/bao-cao-2027-6t?khoi=Party\"", all, StringComparison.Ordinal);
        Assert.Contains("<b>2</b><span>Phải nộp</span>", party, StringComparison.Ordinal);
        Assert.DoesNotContain("Văn phòng UBND", party, StringComparison.Ordinal);
        Assert.Contains("href=\"/giam-sat/bao-cao-2027-6t.csv?khoi=Party\"", party, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_IsUtf8WithBom_VietnameseHeaders_AndOneLinePerUnit()
    {
        using var browser = await Host.SignedInAsync("gs.snv");
        using var response = await browser.Client.GetAsync($"/giam-sat/{CampaignId}.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bao-cao-2027-6t.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([
            "Mã đơn vị,Tên đơn vị,Khối,Trạng thái,Thời điểm nộp,Đúng hạn,Thời điểm tiếp nhận",
            "PHUONG-HC,UBND phường Hải Châu,Khối chính quyền,Chưa nộp,,Chưa nộp,",
            "SO-TC,Sở Tài chính,Khối chính quyền,\"Đã nộp, chờ tiếp nhận\",16/06/2027 08:00,Trễ hạn,",
            "VP-UBND,Văn phòng UBND,Khối chính quyền,Đã tiếp nhận,14/06/2027 10:30,Đúng hạn,15/06/2027 09:00",
        ], lines);
    }

    [Theory]
    [InlineData("/giam-sat")]
    [InlineData("/giam-sat/bao-cao-2027-6t")]
    [InlineData("/giam-sat/bao-cao-2027-6t.csv")]
    public async Task Anonymous_IsSentToSignIn(string url)
    {
        using var browser = new Browser(Host.Factory);
        using var response = await browser.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dang-nhap?returnUrl=" + Uri.EscapeDataString(url), response.Headers.Location?.PathAndQuery);
    }

    [Theory]
    [InlineData("/giam-sat")]
    [InlineData("/giam-sat/bao-cao-2027-6t")]
    [InlineData("/giam-sat/bao-cao-2027-6t.csv")]
    public async Task Staff_IsForbidden(string url)
    {
        using var browser = await Host.SignedInAsync("cb.vp");
        using var response = await browser.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Không có quyền truy cập", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Văn phòng UBND", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCampaign_IsNotFound()
    {
        using var browser = await Host.SignedInAsync("admin");
        using var response = await browser.Client.GetAsync("/giam-sat/khong-co-2027");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<string> OkAsync(Browser browser, string url)
    {
        using var response = await browser.Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        return html;
    }

    private static async Task<string> CsvAsync(Browser browser, string url)
    {
        using var response = await browser.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The host with the report campaign and its submissions recorded through the workflows.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private CampaignHost? _host;

        public CampaignHost Host => _host!;

        public async Task InitializeAsync()
        {
            _host = await CampaignHost.StartAsync(new DateTimeOffset(2027, 5, 2, 2, 0, 0, TimeSpan.Zero));
            var id = await _host.OpenAsync("bao-cao", 2027, "6t");
            _host.Clock.Set(new DateTimeOffset(2027, 6, 14, 10, 30, 0, TimeSpan.FromHours(7)));
            await _host.RecordAsync(id, "VP-UBND", "Submitted");
            await _host.RecordAsync(id, "MTTQ", "Submitted");
            _host.Clock.Set(new DateTimeOffset(2027, 6, 15, 9, 0, 0, TimeSpan.FromHours(7)));
            await _host.RecordAsync(id, "VP-UBND", "Approved");
            _host.Clock.Set(new DateTimeOffset(2027, 6, 16, 8, 0, 0, TimeSpan.FromHours(7)));
            await _host.RecordAsync(id, "SO-TC", "Submitted");
        }

        public Task DisposeAsync()
        {
            _host?.Dispose();
            return Task.CompletedTask;
        }
    }
}
