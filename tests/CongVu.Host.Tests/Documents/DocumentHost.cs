using CongVu.Engine.Scheduling.Time;
using CongVu.Host.Documents.Issuing;
using CongVu.Host.Documents.Persistence;
using CongVu.Host.People;
using CongVu.Host.People.Persistence;
using CongVu.Host.Tests.People;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CongVu.Host.Tests.Documents;

/// <summary>
/// The host on a fresh database with the test template folder, a manual clock and a small organisation: a supervisor
/// unit GS over units DVA and DVB, a user in each (nva heads DVA) and an administrator.
/// </summary>
public sealed class DocumentHost : IAsyncLifetime
{
    public const string Password = "Test-pass-2027";

    /// <summary>Thursday 4 February 2027, 18:30 UTC: already Friday 5 February (01:30) in Vietnam.</summary>
    public static readonly DateTimeOffset Now = new(2027, 2, 4, 18, 30, 0, TimeSpan.Zero);

    private readonly HostFactory _inner = HostFactory.Create(root: null, HostFactory.AdminApiKey);

    public DocumentHost()
    {
        Factory = _inner.WithWebHostBuilder(b =>
        {
            b.UseSetting("Documents:TemplatesFolder", DocumentTemplates.TestFolder);
            b.UseSetting("Engine:RunScheduler", "false");
            b.ConfigureTestServices(s => s.AddSingleton<IClock>(Clock));
        });
    }

    public ManualClock Clock { get; } = new(Now);
    public WebApplicationFactory<Program> Factory { get; }
    public string WorkflowsFolder => _inner.WorkflowsFolder;

    public T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public Browser NewBrowser() => new(Factory);

    public async Task<Browser> SignedInAsync(string userName)
    {
        var browser = NewBrowser();
        using var response = await browser.SignInAsync(userName, Password);
        Assert.True(browser.IsSignedIn, $"{userName} could not sign in: {(int)response.StatusCode}");
        return browser;
    }

    public Task<DocumentRecord> IssueAsync(string unitCode, string? register, string? key = null, DateTimeOffset? now = null, object? model = null) =>
        Get<DocumentIssuer>().GenerateAsync(new DocumentRequest(DocumentTemplates.TestTemplate, model ?? Sample(), unitCode, register, key), now ?? Now, default);

    public static Dictionary<string, object?> Sample() => new()
    {
        ["subject"] = "kiểm tra sổ văn bản",
        ["intro"] = "Đơn vị đề nghị các phòng gửi báo cáo",
        ["items"] = new List<object?> { "Rà soát hồ sơ;" },
        ["rows"] = new List<object?>(),
        ["recipients"] = new List<object?> { "Lưu: VT." },
        ["signerName"] = "Lê Văn Ký",
    };

    public async Task<string> UnitIdAsync(string code)
    {
        await using var db = await Get<IDbContextFactory<PeopleDbContext>>().CreateDbContextAsync();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    public async Task InitializeAsync()
    {
        _ = Factory.Services; // starts the host: migrations run
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PeopleDbContext>();
        var gs = new Unit { Code = "GS", Name = "Sở Giám sát", Bloc = Blocs.Government };
        var dva = new Unit { Code = "DVA", Name = "Phòng Thử nghiệm A", ParentUnitId = gs.Id, Bloc = Blocs.Government, SupervisorUnitId = gs.Id };
        var dvb = new Unit { Code = "DVB", Name = "Phòng Thử nghiệm B", ParentUnitId = gs.Id, Bloc = Blocs.Government, SupervisorUnitId = gs.Id };
        db.Units.AddRange(gs, dva, dvb);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await CreateAsync(users, "admin", "Quản trị", null, null, Roles.Admin);
        var head = await CreateAsync(users, "nva", "Nguyễn Văn A", dva.Id, "Trưởng phòng", Roles.UnitHead);
        await CreateAsync(users, "nvb", "Nguyễn Văn B", dvb.Id, "Chuyên viên", Roles.Staff);
        await CreateAsync(users, "gs1", "Giám Sát Một", gs.Id, "Chuyên viên", Roles.Supervisor);
        dva.HeadUserId = head.Id;
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        _inner.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<AppUser> CreateAsync(UserManager<AppUser> users, string userName, string fullName, string? unitId, string? position, string role)
    {
        var user = new AppUser { UserName = userName, FullName = fullName, UnitId = unitId, JobPosition = position, Email = $"{userName}@congvu.example" };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }
}
