using System.Diagnostics;
using System.Globalization;
using CongVu.Host.People;
using CongVu.Host.People.Import;
using CongVu.Host.People.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace CongVu.Host.Tests.People;

/// <summary>The CSV import of an organisation: blocs, supervisors and positions; refusals by line and column; a generated province.</summary>
public sealed class OrganisationImportTests(ITestOutputHelper output) : IDisposable
{
    private const string UnitsHeader = "ma_don_vi,ten_don_vi,ma_don_vi_cha,khoi,ma_don_vi_giam_sat\r\n";
    private const string StaffHeader = "ten_dang_nhap,ho_ten,email,ma_don_vi,chuc_vu,vai_tro\r\n";
    private readonly HostFactory _host = new();

    [Fact]
    public async Task BlocInVietnameseOrEnglish_SupervisorAndPosition_AreImported()
    {
        var units = UnitsHeader
            + "SNV,Sở Nội vụ,,Chính quyền,\r\n"
            + "BTC-TU,Ban Tổ chức Thành ủy,,\"Đảng, Mặt trận, đoàn thể\",\r\n"
            + "STC,Sở Tài chính,,Government,SNV\r\n"
            + "P-TANAN,UBND phường Tân An,,  KHỐI CHÍNH QUYỀN ,SNV\r\n"
            + "HLHPN-TP,Hội Liên hiệp Phụ nữ thành phố,,\"khối Đảng,Mặt trận, đoàn thể\",BTC-TU\r\n"
            + "TD-TP,Thành đoàn,,party,BTC-TU\r\n";
        var staff = StaffHeader
            + "snv.thutruong,Phạm Thị Dung,,SNV,Giám đốc,UnitHead;Supervisor\r\n"
            + "stc.thutruong,Võ Minh Tâm,tam@congvu.example,STC,Giám đốc,UnitHead\r\n"
            + "stc.quanly,Huỳnh Thị Ngọc Hân,han@congvu.example,STC,Phó Giám đốc,Staff;Reviewer\r\n"
            + "stc.canbo01,Lê Hữu Phước,,STC,Chuyên viên chính,Staff\r\n"
            + "td-tp.canbo01,Trần Thanh Tùng,,TD-TP,Văn thư,Staff\r\n";

        var outcome = await ImportAsync(units, staff);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems.Select(p => p.Describe())));
        Assert.Equal((6, 0, 5, 0), (outcome.UnitsCreated, outcome.UnitsUpdated, outcome.UsersCreated, outcome.UsersUpdated));
        var stored = Query(db => db.Units.AsNoTracking().ToDictionary(u => u.Code));
        Assert.Equal([Blocs.Government, Blocs.Party, Blocs.Government, Blocs.Government, Blocs.Party, Blocs.Party],
            new[] { "SNV", "BTC-TU", "STC", "P-TANAN", "HLHPN-TP", "TD-TP" }.Select(c => stored[c].Bloc));
        Assert.Equal(stored["SNV"].Id, stored["STC"].SupervisorUnitId);
        Assert.Equal(stored["SNV"].Id, stored["P-TANAN"].SupervisorUnitId);
        Assert.Equal(stored["BTC-TU"].Id, stored["TD-TP"].SupervisorUnitId);

        using var scope = _host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var deputy = await users.FindByNameAsync("STC.QUANLY") ?? throw new InvalidOperationException("stc.quanly was not imported");
        Assert.Equal(("Huỳnh Thị Ngọc Hân", "Phó Giám đốc", stored["STC"].Id, "han@congvu.example"), (deputy.FullName, deputy.JobPosition, deputy.UnitId, deputy.Email));
        Assert.Equal([Roles.Reviewer, Roles.Staff], (await users.GetRolesAsync(deputy)).Order(StringComparer.Ordinal));
        Assert.Same(deputy, await users.FindByEmailAsync("HAN@congvu.example"));
        // A new account has a password nobody knows: it opens tasks from e-mailed links until an administrator sets one.
        Assert.NotNull(deputy.PasswordHash);
        Assert.True(deputy.LockoutEnabled);
        Assert.False(await users.CheckPasswordAsync(deputy, "Demo-pass-2026"));
        Assert.Equal((await users.FindByNameAsync("stc.thutruong"))!.Id, stored["STC"].HeadUserId);
        Assert.Equal("Văn thư", (await users.FindByNameAsync("td-tp.canbo01"))!.JobPosition);
    }

    [Fact]
    public async Task BadRows_AreRefusedWithFileLineAndColumn_AndNothingIsImported()
    {
        var units = UnitsHeader
            + "SNV,Sở Nội vụ,,Chính quyền,\r\n"
            + "BTC-TU,Ban Tổ chức Thành ủy,,Đảng,\r\n"
            + "STC,Sở Tài chính,,Nhà nước,SNV\r\n"
            + "TD-TP,Thành đoàn,,party,SNV\r\n"
            + "SYT,Sở Y tế,,Chính quyền,SO-NOI-VU\r\n";
        var staff = StaffHeader
            + "stc.canbo01,Lê Hữu Phước,,STC,Chuyên viên,Staff\r\n"
            + "syt.canbo01,Ngô Thị Mai,,SYT-KHONG-CO,Kế toán,Staff\r\n"
            + "STC.CANBO01,Lê Hữu Phước,,STC,Chuyên viên,Staff\r\n";

        var outcome = await ImportAsync(units, staff);

        Assert.Equal(
        [
            "Tệp đơn vị, dòng 3, cột khoi",
            "Tệp đơn vị, dòng 4, cột khoi",
            "Tệp đơn vị, dòng 5, cột ma_don_vi_giam_sat",
            "Tệp đơn vị, dòng 6, cột ma_don_vi_giam_sat",
            "Tệp cán bộ, dòng 3, cột ma_don_vi",
            "Tệp cán bộ, dòng 4, cột ten_dang_nhap",
        ], outcome.Problems.Select(p => p.Describe().Split(':')[0]));
        var messages = outcome.Problems.Select(p => p.Describe()).ToList();
        Assert.Contains("Tệp đơn vị, dòng 3, cột khoi: Khối “Đảng” không hợp lệ: ghi “Chính quyền” (hoặc chinh-quyen) hay “Đảng, Mặt trận, đoàn thể” (hoặc dang-doan-the; ô có dấu phẩy phải đặt trong ngoặc kép).", messages);
        Assert.Contains("Tệp đơn vị, dòng 5, cột ma_don_vi_giam_sat: Đơn vị giám sát “SNV” thuộc khối chính quyền, còn đơn vị này thuộc khối Đảng, Mặt trận, đoàn thể.", messages);
        Assert.Contains("Tệp đơn vị, dòng 6, cột ma_don_vi_giam_sat: Đơn vị giám sát “SO-NOI-VU” không có trong tệp cũng như trong hệ thống.", messages);
        Assert.Contains("Tệp cán bộ, dòng 4, cột ten_dang_nhap: Tên đăng nhập “STC.CANBO01” đã có ở dòng 2.", messages);
        Assert.Equal(0, Query(db => db.Units.Count()));
        Assert.Equal(0, Query(db => db.Users.Count()));
    }

    /// <summary>
    /// A generated organisation through the importer, timed. The default size runs with the other tests; set
    /// <c>CONGVU_IMPORT_UNITS=1500</c> (and optionally <c>CONGVU_IMPORT_STAFF_PER_UNIT</c>) to time a whole province.
    /// </summary>
    [Fact]
    public async Task GeneratedOrganisation_ImportsInOneTransaction_AndAgainAsUpdates()
    {
        var (unitCount, perUnit) = (Setting("CONGVU_IMPORT_UNITS", 50), Setting("CONGVU_IMPORT_STAFF_PER_UNIT", 40));
        var files = OrganisationCsv.Generate(unitCount, perUnit);

        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var first = await ImportAsync(files.Units, files.Staff);
        var firstTime = clock.Elapsed;
        var firstCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Assert.True(first.Succeeded, string.Join("\n", first.Problems.Take(20).Select(p => p.Describe())));
        Assert.Equal((unitCount, unitCount * perUnit), (first.UnitsCreated, first.UsersCreated));

        clock.Restart();
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var again = await ImportAsync(files.Units, files.Staff);
        var againTime = clock.Elapsed;
        var againCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Assert.Equal((0, unitCount, 0, unitCount * perUnit), (again.UnitsCreated, again.UnitsUpdated, again.UsersCreated, again.UsersUpdated));
        output.WriteLine($"Import of {unitCount} units and {unitCount * perUnit} staff: {firstTime.TotalSeconds:0.00} s ({firstCpu.TotalSeconds:0.00} s CPU); "
            + $"again, nothing changed: {againTime.TotalSeconds:0.00} s ({againCpu.TotalSeconds:0.00} s CPU); CSV {(files.Units.Length + files.Staff.Length) / 1024} KiB of text");

        var units = Query(db => db.Units.AsNoTracking().ToList());
        var snv = units.Single(u => u.Code == "SNV").Id;
        var btc = units.Single(u => u.Code == "BTC-TU").Id;
        Assert.All(units.Where(u => u.SupervisorUnitId is not null), u => Assert.Equal(u.Bloc == Blocs.Government ? snv : btc, u.SupervisorUnitId));
        Assert.All(units.Where(u => u.Code is not ("UBND-TP" or "TU")), u => Assert.NotNull(u.HeadUserId));
        Assert.Equal(unitCount * perUnit, Query(db => db.Users.Count(u => u.JobPosition != null && u.UnitId != null)));
        var reviewers = Query(db => (from link in db.UserRoles join role in db.Roles on link.RoleId equals role.Id where role.Name == Roles.Reviewer select link.UserId).Count());
        Assert.Equal(unitCount - 2, reviewers);
        if (unitCount * perUnit <= 5_000) Assert.InRange(firstTime, TimeSpan.Zero, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Generate_IsTheSameEveryTime_AndPassesEveryImportCheck()
    {
        var files = OrganisationCsv.Generate(1_500, 40);
        Assert.Equal(files, OrganisationCsv.Generate(1_500, 40));
        Assert.Equal((1_500, 60_000), (files.UnitCount, files.StaffCount));

        var problems = new List<ImportProblem>();
        var unitRows = CsvTable.Read(files.Units, UnitRows.File, UnitRows.Columns, problems);
        var units = UnitRows.Check(unitRows, new Dictionary<string, StoredUnit>(), problems);
        var staff = StaffRows.Check(CsvTable.Read(files.Staff, StaffRows.File, StaffRows.Columns, problems), units.Select(u => u.Code).ToHashSet(), problems);
        Assert.Empty(problems);
        Assert.Equal(60_000, staff.Count);
        Assert.True(units.Count(u => u.Bloc == Blocs.Government) > 1_000);
        Assert.True(units.Count(u => u.Bloc == Blocs.Party) > 300);
        Assert.Equal(units.Count, units.Select(u => u.Name).Distinct().Count());
        Assert.Contains(units, u => u.Name.StartsWith("UBND phường ", StringComparison.Ordinal));
        Assert.Contains(units, u => u.Name.StartsWith("UBND xã ", StringComparison.Ordinal));
        Assert.Contains(units, u => u.Name.StartsWith("Trường Tiểu học ", StringComparison.Ordinal));
        Assert.Equal(1_498, staff.Count(s => s.Roles.Contains(Roles.UnitHead)));

        var small = OrganisationCsv.Generate(12, 3);
        Assert.Equal(["UBND-TP", "SNV", "TU", "BTC-TU", "VP-UBND", "VP-TU", "STC", "BTG-TU", "SXD", "BDV-TU", "SYT", "UBKT-TU"],
            small.Units.Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]));
        Assert.Contains("\r\nsnv.thutruong,", small.Staff, StringComparison.Ordinal);
        Assert.Contains(",SNV,Phó Giám đốc,Staff;Reviewer;Supervisor\r\n", small.Staff, StringComparison.Ordinal);
        Assert.Contains(",\"Đảng, Mặt trận, đoàn thể\",BTC-TU\r\n", small.Units, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadmeExample_ImportsIntoTheDemoOrganisation()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "README.md"));
        var section = readme[readme.IndexOf("### Importing units and staff (CSV)", StringComparison.Ordinal)..];
        var blocks = section.Split("```csv\n").Skip(1).Take(2).Select(b => b[..b.IndexOf("```", StringComparison.Ordinal)]).ToList();
        using var demo = new DemoHost();
        using var scope = demo.Factory.Services.CreateScope();

        var outcome = await scope.ServiceProvider.GetRequiredService<PeopleImporter>().ImportAsync(blocks[0], blocks[1], CancellationToken.None);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems.Select(p => p.Describe())));
        Assert.Equal((2, 3, 3, 1), (outcome.UnitsCreated, outcome.UnitsUpdated, outcome.UsersCreated, outcome.UsersUpdated));
        var ward = demo.Query(db => db.Units.Single(u => u.Code == "P-HC1"));
        Assert.Equal((Blocs.Government, demo.Query(db => db.Units.Single(u => u.Code == "SNV").Id)), (ward.Bloc, ward.SupervisorUnitId));
        Assert.Equal(Blocs.Party, demo.Query(db => db.Units.Single(u => u.Code == "HLHPN-TP").Bloc));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "README.md")) && Directory.Exists(Path.Combine(dir.FullName, "host"))) return dir.FullName;
        throw new InvalidOperationException("README.md not found above " + AppContext.BaseDirectory);
    }

    private async Task<ImportOutcome> ImportAsync(string? units, string? staff)
    {
        using var scope = _host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PeopleImporter>().ImportAsync(units, staff, CancellationToken.None);
    }

    private T Query<T>(Func<PeopleDbContext, T> query)
    {
        using var scope = _host.Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<PeopleDbContext>());
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public void Dispose() => _host.Dispose();
}
