using System.Net;
using System.Text;
using CongVu.Host.People;
using CongVu.Host.Tests.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CongVu.Host.Tests.Inbox;

public sealed class PeopleImportTests(InboxHost host) : IClassFixture<InboxHost>
{
    private const string Page = "/quan-tri/nhap-du-lieu";
    private const string UnitsHeader = "ma_don_vi,ten_don_vi,ma_don_vi_cha,khoi,ma_don_vi_giam_sat\r\n";
    private const string StaffHeader = "ten_dang_nhap,ho_ten,email,ma_don_vi,chuc_vu,vai_tro\r\n";

    [Fact]
    public async Task GoodFiles_ImportUnitsUsersRolesAndHeads_AndImportingAgainUpdatesInPlace()
    {
        var units = UnitsHeader
            + "PHUONG-HC1,UBND phường Hải Châu 1,UBND-TP,chinh-quyen,SNV\r\n"
            + "\"TCCB-HC1\",\"Tổ Tổ chức, cán bộ\",PHUONG-HC1,chinh-quyen,\r\n"
            + "THANH-DOAN,Thành đoàn,,dang-doan-the,BTC-TU\r\n";
        var staff = StaffHeader
            + "nv.hung,Nguyễn Văn Hùng,hung@congvu.example,PHUONG-HC1,Chủ tịch,UnitHead;Reviewer\r\n"
            + "tt.ha,\"Trần Thị \"\"Thu\"\" Hà\",ha@congvu.example,TCCB-HC1,Công chức,Staff\r\n"
            + "canbo2,Lê Văn Cường,canbo2@congvu.example,VP-UBND,Chuyên viên chính,Staff;Reviewer;supervisor\r\n";
        using var admin = await host.SignInAsync("admin");

        using var first = await PostAsync(admin, units, staff);
        var html = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Đã nhập 3 đơn vị (3 mới, 0 cập nhật) và 3 cán bộ (2 mới, 1 cập nhật).", html, StringComparison.Ordinal);
        Assert.Contains("mật khẩu ngẫu nhiên", html, StringComparison.Ordinal);

        var ward = host.People(db => db.Units.Single(u => u.Code == "PHUONG-HC1"));
        Assert.Equal((host.UnitId("UBND-TP"), host.UnitId("SNV"), Blocs.Government), (ward.ParentUnitId, ward.SupervisorUnitId, ward.Bloc));
        Assert.Equal("Tổ Tổ chức, cán bộ", host.People(db => db.Units.Single(u => u.Code == "TCCB-HC1").Name));
        Assert.Equal(Blocs.Party, host.People(db => db.Units.Single(u => u.Code == "THANH-DOAN").Bloc));
        var hung = await UserAsync("nv.hung");
        Assert.Equal(hung.Id, ward.HeadUserId);
        Assert.NotNull(hung.PasswordHash);
        Assert.Equal([Roles.Reviewer, Roles.UnitHead], (await RolesAsync(hung)).Order());
        Assert.Equal("Trần Thị \"Thu\" Hà", (await UserAsync("tt.ha")).FullName);
        var cuong = await UserAsync("canbo2");
        Assert.Equal("Chuyên viên chính", cuong.JobPosition);
        Assert.Equal([Roles.Reviewer, Roles.Staff, Roles.Supervisor], (await RolesAsync(cuong)).Order());

        using var again = await PostAsync(admin, units, staff);
        Assert.Contains("Đã nhập 3 đơn vị (0 mới, 3 cập nhật) và 3 cán bộ (0 mới, 3 cập nhật).", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, host.People(db => db.Units.Count(u => u.Code == "PHUONG-HC1")));
        Assert.Equal(hung.Id, (await UserAsync("nv.hung")).Id);
    }

    [Fact]
    public async Task OneBadRow_RejectsBothFiles_WithLineColumnAndReason()
    {
        var units = UnitsHeader + "LOI-A,Đơn vị thử,,chinh-quyen,\r\n";
        var staff = StaffHeader
            + "loi.ok,Người Hợp Lệ,,LOI-A,,Staff\r\n"
            + "loi.donvi,Người Sai Đơn Vị,,KHONG-CO,,Staff\r\n"
            + "loi.vaitro,Người Sai Vai Trò,,LOI-A,,GiamDoc\r\n";
        using var admin = await host.SignInAsync("admin");

        using var response = await PostAsync(admin, units, staff);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Chưa nhập dữ liệu nào: có 2 lỗi cần sửa.", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Tệp cán bộ</td><td>3</td><td>ma_don_vi</td><td>Đơn vị “KHONG-CO” không có trong tệp đơn vị cũng như trong hệ thống.</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Tệp cán bộ</td><td>4</td><td>vai_tro</td><td>Vai trò “GiamDoc” không hợp lệ", html, StringComparison.Ordinal);
        Assert.False(host.People(db => db.Units.Any(u => u.Code == "LOI-A")));
        Assert.Null(await host.Get<UserManager<AppUser>>().FindByNameAsync("loi.ok"));
    }

    [Fact]
    public async Task BadHeaderAndUnknownParent_AreReported()
    {
        using var admin = await host.SignInAsync("admin");
        using var response = await PostAsync(admin, "ma_don_vi,ten,ma_don_vi_cha,khoi,ma_don_vi_giam_sat\r\nX,Y,,,\r\n", null);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<td>1</td><td>ten_don_vi</td><td>Thiếu cột “ten_don_vi” trong dòng tiêu đề.</td>", html, StringComparison.Ordinal);

        using var cycle = await PostAsync(admin, UnitsHeader + "VONG-A,A,VONG-B,,\r\nVONG-B,B,VONG-A,,\r\nVONG-C,C,KHONG-CO,,\r\n", null);
        var text = await cycle.Content.ReadAsStringAsync();
        Assert.Contains("<td>2</td><td>ma_don_vi_cha</td><td>Đơn vị cha “VONG-B” tạo thành vòng lặp", text, StringComparison.Ordinal);
        Assert.Contains("<td>4</td><td>ma_don_vi_cha</td><td>Đơn vị cha “KHONG-CO” không có trong tệp cũng như trong hệ thống.</td>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_IsForAdministratorsOnly_AndNeedsTheAntiforgeryToken()
    {
        using var staff = await host.SignInAsync("canbo1");
        using var refused = await staff.Client.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/khong-co-quyen", refused.Headers.Location?.ToString(), StringComparison.Ordinal);

        using var admin = await host.SignInAsync("admin");
        var html = await admin.Client.GetStringAsync(Page);
        Assert.Contains("ma_don_vi, ten_don_vi, ma_don_vi_cha, khoi, ma_don_vi_giam_sat", html, StringComparison.Ordinal);
        using var noToken = await admin.Client.PostAsync(Page, Files(null, UnitsHeader + "CSRF-A,A,,,\r\n", null));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.False(host.People(db => db.Units.Any(u => u.Code == "CSRF-A")));
    }

    private static async Task<HttpResponseMessage> PostAsync(Browser browser, string? units, string? staff) =>
        await browser.Client.PostAsync(Page, Files(await browser.GetTokenAsync(Page), units, staff));

    private static MultipartFormDataContent Files(string? token, string? units, string? staff)
    {
        var form = new MultipartFormDataContent();
        if (token is not null) form.Add(new StringContent(token), "__RequestVerificationToken");
        if (units is not null) form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(units)), "units", "don-vi.csv");
        if (staff is not null) form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(staff)), "staff", "can-bo.csv");
        return form;
    }

    private async Task<AppUser> UserAsync(string userName)
    {
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
    }

    private async Task<IList<string>> RolesAsync(AppUser user)
    {
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetRolesAsync(user);
    }
}
