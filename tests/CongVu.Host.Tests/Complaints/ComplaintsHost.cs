using System.Net;
using System.Text.Json.Nodes;
using CongVu.Engine.Outbox;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Engine.Scheduling.Time;
using CongVu.Engine.Tasks;
using CongVu.Host.Complaints;
using CongVu.Host.Complaints.Persistence;
using CongVu.Host.Email;
using CongVu.Host.Hosting;
using CongVu.Host.People;
using CongVu.Host.People.Persistence;
using CongVu.Host.Tasks;
using CongVu.Host.Tests.People;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CongVu.Host.Tests.Complaints;

/// <summary>
/// The host with the demo accounts, the complaint workflows of workflows/ and the JSON beside these tests, a manual clock,
/// no background scheduler or mail sender (tests run due work and deliver mail themselves, to .eml files), and an
/// organisation of its own: the receiving office PA-TCD, the ward PA-PHUONG that handles cases, another ward PA-KHAC and
/// the reporting department PA-SNV. A test header sets the client's IP address, so rate limits can be tried per client.
/// </summary>
public sealed class ComplaintsHost : IDisposable
{
    public const string Password = "Demo-pass-2026";
    public const string ClientHeader = "X-Test-Client";

    /// <summary>Monday 1 March 2027, 09:00 in Vietnam.</summary>
    public static readonly DateTimeOffset Now = new(2027, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly HostFactory _inner = HostFactory.Create(root: null, HostFactory.AdminApiKey);
    private int _clients;

    public ComplaintsHost()
    {
        foreach (var name in new[] { "xu-ly-phan-anh.json", "bao-cao-phan-anh-nam.json" })
            File.Copy(Path.Combine(RepositoryRoot.Find(), "workflows", name), Path.Combine(_inner.WorkflowsFolder, name));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Complaints"), "*.json"))
            File.Copy(file, Path.Combine(_inner.WorkflowsFolder, Path.GetFileName(file)));
        Factory = _inner.WithWebHostBuilder(b =>
        {
            b.UseSetting("Demo:Enabled", "true");
            b.UseSetting("Demo:Password", Password);
            b.UseSetting("Engine:RunScheduler", "false");
            b.UseSetting("Email:Sender:Enabled", "false");
            b.UseSetting("Complaints:ReceivingUnit", "PA-TCD");
            b.UseSetting("Complaints:ReportUnit", "PA-SNV");
            b.UseSetting("Complaints:Hotline", "0292 3 800 123");
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<IClock>(Clock);
                s.AddSingleton<ILoggerProvider>(Logs);
                s.AddSingleton<IStartupFilter, ClientAddressFilter>();
            });
        });
        SeedOrganisationAsync().GetAwaiter().GetResult();
    }

    public ManualClock Clock { get; } = new(Now);
    public LogCapture Logs { get; } = new();
    public WebApplicationFactory<Program> Factory { get; }
    public string Root => _inner.Root;
    public string MailFolder => Path.Combine(_inner.Root, "mail");
    public string FilesFolder => Path.Combine(_inner.Root, "files");

    public T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    /// <summary>A browser from its own client address, so each test has its own rate-limit budget.</summary>
    public Browser NewBrowser(string? client = null)
    {
        var browser = new Browser(Factory);
        browser.Client.DefaultRequestHeaders.Add(ClientHeader, client ?? $"10.0.0.{Interlocked.Increment(ref _clients)}");
        return browser;
    }

    public async Task<Browser> SignInAsync(string userName)
    {
        var browser = NewBrowser();
        using var response = await browser.SignInAsync(userName, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public Task<string> CreateUserAsync(string userName, string fullName, string unitCode, params string[] roles) =>
        TestAccounts.CreateAsync(Factory.Services, userName, fullName, unitCode, Password, headOfUnit: roles.Contains(Roles.UnitHead), roles);

    public async Task<string> UserIdAsync(string userName) =>
        (await Get<UserManager<AppUser>>().FindByNameAsync(userName))?.Id ?? throw new InvalidOperationException($"No user {userName}.");

    public string UnitId(string code)
    {
        using var scope = Factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<PeopleDbContext>().Units.Single(u => u.Code == code).Id;
    }

    public async Task<T> ComplaintsAsync<T>(Func<ComplaintsDbContext, Task<T>> query)
    {
        await using var db = await Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public Task<Complaint> ComplaintAsync(string code) =>
        ComplaintsAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.TrackingCode == code));

    public async Task<IReadOnlyList<HumanTaskRecord>> OpenTasksAsync(string instanceId) =>
        (await Get<ITaskStore>().ListTasksAsync(new TaskQuery { InstanceId = instanceId })).Items;

    public async Task<HumanTaskRecord> OpenTaskAsync(string instanceId) => Assert.Single(await OpenTasksAsync(instanceId));

    public async Task<IReadOnlyList<EmailPayload>> MailAsync() =>
        (await Get<IOutboxStore>().ListMessagesAsync(null, 0, 1000)).Items.Where(m => m.Channel == EmailPayload.Channel)
            .Select(m => EmailPayload.FromJson(m.Payload)).ToList();

    public async Task<IReadOnlyList<EmailPayload>> MailToAsync(string address) =>
        [.. (await MailAsync()).Where(m => m.To.Any(t => t.Address == address))];

    /// <summary>Delivers every queued message (to .eml files) and returns the folder's files.</summary>
    public async Task<IReadOnlyList<string>> DeliverMailAsync()
    {
        while (await Get<OutboxSender>().SendDueAsync(CancellationToken.None) > 0) { }
        return Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml") : [];
    }

    public async Task<int> RunAtAsync(DateTimeOffset now)
    {
        Clock.Set(now);
        return await Get<ScheduledWorkProcessor>().RunDueAsync();
    }

    public async Task<string> StartAsync(string definitionId, JsonObject input) =>
        (await Get<WorkflowRuntime>().StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Input = input })).InstanceId;

    public async Task<InstanceRecord> InstanceAsync(string instanceId) =>
        await Get<IWorkflowStore>().FindInstanceSummaryAsync(instanceId) ?? throw new InvalidOperationException($"No instance {instanceId}.");

    /// <summary>Everything stored about an instance that administrators can read: state, journal, tasks and their history.</summary>
    public async Task<string> InstanceTextAsync(string instanceId)
    {
        await using var db = await Get<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
        var parts = new List<string>();
        parts.AddRange(await db.Instances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.State).ToListAsync());
        parts.AddRange(await db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId).Select(j => (j.Message ?? "") + (j.Payload ?? "")).ToListAsync());
        parts.AddRange(await db.HumanTasks.AsNoTracking().Where(t => t.InstanceId == instanceId).Select(t => t.Title + (t.Description ?? "") + t.Data).ToListAsync());
        parts.AddRange(await db.HumanTaskEvents.AsNoTracking().Where(e => e.InstanceId == instanceId).Select(e => (e.Comment ?? "") + (e.Data ?? "")).ToListAsync());
        return string.Join("\n", parts);
    }

    /// <summary>A case sent by the web form (no files), classified by the receiving office to <paramref name="unitCode"/> and accepted now.</summary>
    public async Task<Complaint> AcceptedCaseAsync(string subject, bool complex = false, string unitCode = "PA-PHUONG", string category = ComplaintCategories.Feedback,
        string reporterName = "Trần Văn Bình", string? email = "binh.tran@example.vn")
    {
        var submission = new ComplaintSubmission(reporterName, "0912 345 678", email, "45 Lê Lợi", false, subject, "Nội dung phản ánh: " + subject, ComplaintChannels.Web);
        var complaint = await Get<ComplaintIntake>().SubmitAsync(submission, [], UnitId("PA-TCD"), enteredBy: null, CancellationToken.None);
        var classify = await OpenTaskAsync(complaint.InstanceId);
        var result = await Get<TaskActions>().CompleteAsync(await UserIdAsync("pa.tiepnhan"), classify.Id, "Giao xử lý", null, new JsonObject
        {
            ["linhVuc"] = category, ["donViXuLy"] = (await Get<ComplaintUnits>().OptionsAsync(CancellationToken.None)).Single(o => o.EndsWith($"({unitCode})", StringComparison.Ordinal)),
            ["phucTap"] = complex ? "Có" : "Không",
        });
        Assert.True(result.Succeeded, result.Message);
        return await ComplaintAsync(complaint.TrackingCode);
    }

    /// <summary>The investigation task of an accepted case, taken by <paramref name="userName"/>.</summary>
    public async Task<HumanTaskRecord> ClaimInvestigationAsync(Complaint complaint, string userName = "pa.canbo1")
    {
        var task = await OpenTaskAsync(complaint.InstanceId);
        var claimed = await Get<TaskActions>().ClaimAsync(await UserIdAsync(userName), task.Id);
        Assert.True(claimed.Succeeded, claimed.Message);
        return await Get<ITaskStore>().FindTaskAsync(task.Id) ?? throw new InvalidOperationException("The task vanished.");
    }

    private async Task SeedOrganisationAsync()
    {
        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PeopleDbContext>();
            var city = await db.Units.SingleAsync(u => u.Code == "UBND-TP");
            var department = new Unit { Code = "PA-SNV", Name = "Sở Nội vụ (phản ánh)", ParentUnitId = city.Id, Bloc = Blocs.Government, SupervisorUnitId = city.Id };
            db.Units.Add(department);
            db.Units.Add(new Unit { Code = "PA-TCD", Name = "Ban Tiếp công dân", ParentUnitId = city.Id, Bloc = Blocs.Government, SupervisorUnitId = department.Id });
            db.Units.Add(new Unit { Code = "PA-PHUONG", Name = "UBND phường Thới Bình", ParentUnitId = city.Id, Bloc = Blocs.Government, SupervisorUnitId = department.Id });
            db.Units.Add(new Unit { Code = "PA-KHAC", Name = "UBND phường Cái Khế", ParentUnitId = city.Id, Bloc = Blocs.Government, SupervisorUnitId = department.Id });
            await db.SaveChangesAsync();
        }
        await CreateUserAsync("pa.giamdoc", "Võ Thị Giám", "PA-SNV", Roles.UnitHead, Roles.Supervisor);
        await CreateUserAsync("pa.tiepnhan", "Đặng Văn Nhận", "PA-TCD", Roles.Staff);
        await CreateUserAsync("pa.truongtcd", "Lý Thị Ban", "PA-TCD", Roles.UnitHead);
        await CreateUserAsync("pa.truong", "Hồ Văn Trưởng", "PA-PHUONG", Roles.UnitHead, Roles.Reviewer);
        await CreateUserAsync("pa.canbo1", "Mai Thị Xử", "PA-PHUONG", Roles.Staff);
        await CreateUserAsync("pa.canbo2", "Tô Văn Đồng", "PA-PHUONG", Roles.Staff);
        await CreateUserAsync("pa.khac", "Kiều Văn Khác", "PA-KHAC", Roles.Staff);
        await CreateUserAsync("pa.truongkhac", "Phan Thị Khác", "PA-KHAC", Roles.UnitHead);
    }

    public void Dispose() => _inner.Dispose();

    /// <summary>Takes the client's IP address from <see cref="ClientHeader"/> (the test server has none of its own).</summary>
    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var value) && IPAddress.TryParse(value.ToString(), out var address))
                    context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
