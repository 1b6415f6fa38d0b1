using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Engine.Scheduling.Time;
using CongVu.Host.Campaigns;
using CongVu.Host.People;
using CongVu.Host.People.Persistence;
using CongVu.Host.Tests.People;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CongVu.Host.Tests.Campaigns;

/// <summary>
/// The host on a fresh database with a small two-bloc organisation (<see cref="TestOrganisation"/>), the test workflows
/// beside these tests (<c>thu-*.json</c>), a manual clock and no background scheduler.
/// </summary>
public sealed class CampaignHost : IDisposable
{
    public const string Password = "Campaign-pass-2027";

    /// <summary>Monday 1 February 2027, 09:00 in Vietnam.</summary>
    public static readonly DateTimeOffset February2027 = new(2027, 2, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly HostFactory _inner;
    private readonly string _root;

    private CampaignHost(ManualClock clock)
    {
        _root = Path.Combine(Path.GetTempPath(), "congvu-campaign-tests", Guid.NewGuid().ToString("N"));
        Clock = clock;
        _inner = HostFactory.Create(_root, HostFactory.AdminApiKey);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Campaigns"), "thu-*.json"))
            File.Copy(file, Path.Combine(_inner.WorkflowsFolder, Path.GetFileName(file)), overwrite: true);
        Factory = _inner.WithWebHostBuilder(b =>
        {
            b.UseSetting("Engine:RunScheduler", "false");
            b.ConfigureTestServices(s => s.AddSingleton<IClock>(clock));
        });
    }

    public ManualClock Clock { get; }
    public WebApplicationFactory<Program> Factory { get; }
    public IServiceProvider Services => Factory.Services;
    public WorkflowRuntime Runtime => Get<WorkflowRuntime>();
    public CampaignStore Campaigns => Get<CampaignStore>();

    /// <summary>A started host with the test organisation.</summary>
    public static async Task<CampaignHost> StartAsync(DateTimeOffset? now = null)
    {
        var host = new CampaignHost(new ManualClock(now ?? February2027));
        await host.SeedAsync();
        return host;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<RunResult> RunAsync(string definitionId, JsonObject input) =>
        await Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Input = input });

    public async Task<WorkflowState> InstanceAsync(string instanceId) =>
        (await Get<IWorkflowStore>().LoadInstanceAsync(instanceId) ?? throw new InvalidOperationException($"No instance {instanceId}.")).State;

    /// <summary>Moves the clock and runs everything due (timers, signals), as the scheduler would.</summary>
    public async Task<int> RunAtAsync(DateTimeOffset now)
    {
        Clock.Set(now);
        return await Get<ScheduledWorkProcessor>().RunDueAsync();
    }

    public Task<int> RunDueAsync() => Get<ScheduledWorkProcessor>().RunDueAsync();

    /// <summary>Opens a campaign through the test workflow and returns its id.</summary>
    public async Task<string> OpenAsync(string kind, int year, string? period = null, string? dueDate = null)
    {
        var input = new JsonObject { ["kind"] = kind, ["year"] = year, ["period"] = period, ["dueDate"] = dueDate };
        var result = await RunAsync("thu-mo-chien-dich", input);
        Assert.Equal(WorkflowSubStatus.Finished, result.SubStatus);
        return result.State.Variables["campaign"]!["id"]!.GetValue<string>();
    }

    /// <summary>Records a unit's status through the test workflow at the current clock.</summary>
    public async Task<JsonObject> RecordAsync(string campaignId, string unitCode, string status, JsonObject? data = null)
    {
        var input = new JsonObject { ["campaignId"] = campaignId, ["unitCode"] = unitCode, ["status"] = status, ["data"] = data };
        var result = await RunAsync("thu-nop", input);
        Assert.True(result.SubStatus == WorkflowSubStatus.Finished, string.Join("; ", result.State.Incidents.Select(i => i.Message)));
        return result.State.Variables["submission"]!.AsObject();
    }

    public async Task<Browser> SignedInAsync(string userName)
    {
        var browser = new Browser(Factory);
        using var response = await browser.SignInAsync(userName, Password);
        Assert.True(browser.IsSignedIn, $"{userName} could not sign in.");
        return browser;
    }

    public async Task ExecuteAsync(Func<PeopleDbContext, Task> action)
    {
        using var scope = Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<PeopleDbContext>());
    }

    private async Task SeedAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PeopleDbContext>();
        var ids = new Dictionary<string, string>();
        foreach (var (code, name, bloc, parent, supervisor) in TestOrganisation.Units)
        {
            var unit = new Unit { Code = code, Name = name, Bloc = bloc, ParentUnitId = parent is null ? null : ids[parent], SupervisorUnitId = supervisor is null ? null : ids[supervisor] };
            ids[code] = unit.Id;
            db.Units.Add(unit);
        }
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (userName, fullName, unit, roles) in TestOrganisation.Accounts)
        {
            var user = new AppUser { UserName = userName, FullName = fullName, UnitId = unit is null ? null : ids[unit], JobPosition = "Chuyên viên" };
            var created = await users.CreateAsync(user, Password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            if (roles.Length > 0) Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        }
    }

    public void Dispose()
    {
        _inner.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    /// <summary>
    /// Two blocs: the Sở Nội vụ supervises three government units (one whose only staff work in a division, one
    /// without staff that is not expected), the Ban Tổ chức Thành ủy two Party units.
    /// </summary>
    public static class TestOrganisation
    {
        public static IReadOnlyList<(string Code, string Name, string Bloc, string? Parent, string? Supervisor)> Units { get; } =
        [
            ("UBND-TP", "UBND thành phố", Blocs.Government, null, null),
            ("SNV", "Sở Nội vụ", Blocs.Government, "UBND-TP", "UBND-TP"),
            ("BTC-TU", "Ban Tổ chức Thành ủy", Blocs.Party, null, null),
            ("VP-UBND", "Văn phòng UBND", Blocs.Government, "UBND-TP", "SNV"),
            ("SO-TC", "Sở Tài chính", Blocs.Government, "UBND-TP", "SNV"),
            ("PHUONG-HC", "UBND phường Hải Châu", Blocs.Government, "UBND-TP", "SNV"),
            ("TCCB-HC", "Tổ Tổ chức, cán bộ", Blocs.Government, "PHUONG-HC", null),
            ("SO-XD", "Sở Xây dựng", Blocs.Government, "UBND-TP", "SNV"),
            ("MTTQ", "Ủy ban MTTQ Việt Nam thành phố", Blocs.Party, null, "BTC-TU"),
            ("THANH-DOAN", "Thành đoàn", Blocs.Party, null, "BTC-TU"),
        ];

        public static IReadOnlyList<(string UserName, string FullName, string? Unit, string[] Roles)> Accounts { get; } =
        [
            ("admin", "Quản trị hệ thống", null, [Roles.Admin]),
            ("gs.snv", "Phạm Thị Dung", "SNV", [Roles.Supervisor, Roles.UnitHead]),
            ("gs.btc", "Hoàng Văn Em", "BTC-TU", [Roles.Supervisor]),
            ("cb.vp", "Nguyễn Văn An", "VP-UBND", [Roles.Staff]),
            ("cb.vp2", "Lê Thị Hoa", "VP-UBND", [Roles.Staff, Roles.Reviewer]),
            ("cb.tc", "Trần Văn Bảo", "SO-TC", [Roles.Staff]),
            ("cb.tccb", "Đỗ Thị Cúc", "TCCB-HC", [Roles.Staff]),
            ("cb.mttq", "Vũ Văn Giang", "MTTQ", [Roles.Staff]),
            ("cb.doan", "Bùi Thị Hạnh", "THANH-DOAN", [Roles.Staff]),
        ];

        public static readonly string[] Expected = ["MTTQ", "PHUONG-HC", "SO-TC", "THANH-DOAN", "VP-UBND"];
        public static readonly string[] Government = ["PHUONG-HC", "SO-TC", "VP-UBND"];
        public static readonly string[] Party = ["MTTQ", "THANH-DOAN"];
    }
}
