using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CongVu.Engine.Outbox;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Engine.Scheduling.Time;
using CongVu.Engine.Tasks;
using CongVu.Host.Campaigns;
using CongVu.Host.Hosting;
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
/// The host with the repository's campaign workflows (workflows/*.json, as shipped), a small two-bloc organisation
/// (<see cref="Organisation"/>), a manual clock, no background scheduler and no mail sender: e-mails stay in the outbox
/// table, where tests read them. People act through the inbox pages, signed in with their password.
/// </summary>
public sealed partial class CampaignEndToEndHost : IDisposable
{
    public const string Password = "Chien-dich-2027";
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private readonly HostFactory _inner;
    private readonly Dictionary<string, Browser> _browsers = new(StringComparer.Ordinal);
    private Dictionary<string, string>? _userIds;

    private CampaignEndToEndHost(DateTimeOffset now, string[] workflows)
    {
        Clock = new ManualClock(now);
        _inner = HostFactory.Create(root: null, HostFactory.AdminApiKey);
        foreach (var name in workflows)
            File.Copy(Path.Combine(RepositoryRoot.Find(), "workflows", name + ".json"), Path.Combine(_inner.WorkflowsFolder, name + ".json"));
        Factory = _inner.WithWebHostBuilder(b =>
        {
            b.UseSetting("Engine:RunScheduler", "false");
            b.UseSetting("Email:Sender:Enabled", "false");
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<IClock>(Clock);
                // Twenty accounts are created and signed in per test: the production hashing cost would dominate the run.
                s.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            });
        });
    }

    public ManualClock Clock { get; }
    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>A started host holding <paramref name="workflows"/> (file names under workflows/ without ".json") and the organisation.</summary>
    public static async Task<CampaignEndToEndHost> StartAsync(DateTimeOffset now, params string[] workflows)
    {
        var host = new CampaignEndToEndHost(now, workflows);
        await host.SeedAsync();
        return host;
    }

    /// <summary>A local (Vietnam) time of 2027.</summary>
    public static DateTimeOffset Local(int month, int day, int hour = 0, int minute = 0) => new(2027, month, day, hour, minute, 0, Vietnam);

    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(utc + Vietnam);

    public T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    /// <summary>A client of the Elsa API with the administrator's key.</summary>
    public HttpClient AdminClient()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApiKey", HostFactory.AdminApiKey);
        return client;
    }

    /// <summary>Starts a workflow by hand, as an administrator does through the API; returns the instance id.</summary>
    public async Task<string> ExecuteAsync(string definitionId, JsonObject input)
    {
        using var client = AdminClient();
        using var response = await client.PostAsJsonAsync($"/elsa/api/workflow-definitions/{definitionId}/execute", new JsonObject { ["input"] = input });
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return Assert.Single(response.Headers.GetValues("x-elsa-workflow-instance-id"));
    }

    /// <summary>Moves the clock and runs everything due (timers, dispatched workflows, signals, reminders), as the scheduler would.</summary>
    public async Task<int> RunAtAsync(DateTimeOffset now)
    {
        Clock.Set(now);
        return await Get<ScheduledWorkProcessor>().RunDueAsync();
    }

    public Task<int> RunDueAsync() => Get<ScheduledWorkProcessor>().RunDueAsync();

    public async Task<string> UserIdAsync(string userName)
    {
        if (_userIds is null)
        {
            await using var db = await Get<IDbContextFactory<PeopleDbContext>>().CreateDbContextAsync();
            _userIds = await db.Users.ToDictionaryAsync(u => u.UserName!, u => u.Id, StringComparer.Ordinal);
        }
        return _userIds[userName];
    }

    public async Task<string> UnitIdAsync(string code)
    {
        await using var db = await Get<IDbContextFactory<PeopleDbContext>>().CreateDbContextAsync();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The tasks (any status) of a workflow's step, optionally in one unit.</summary>
    public async Task<List<HumanTaskRecord>> TasksAsync(string definitionId, string activityId, string? unitCode = null, string? status = HumanTaskStatus.Open)
    {
        var unitId = unitCode is null ? null : await UnitIdAsync(unitCode);
        await using var db = await Get<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
        var query = db.HumanTasks.AsNoTracking().Where(t => t.DefinitionId == definitionId && t.ActivityId == activityId);
        if (unitId is not null) query = query.Where(t => t.UnitId == unitId);
        if (status is not null) query = query.Where(t => t.Status == status);
        return await query.OrderBy(t => t.CreatedAt).ToListAsync();
    }

    /// <summary>The one open task of a step in a unit.</summary>
    public async Task<HumanTaskRecord> OpenTaskAsync(string definitionId, string activityId, string unitCode) =>
        Assert.Single(await TasksAsync(definitionId, activityId, unitCode));

    /// <summary>The open task of a step assigned to one person.</summary>
    public async Task<HumanTaskRecord> AssignedTaskAsync(string definitionId, string activityId, string userName)
    {
        var userId = await UserIdAsync(userName);
        return Assert.Single(await TasksAsync(definitionId, activityId), t => t.AssigneeUserId == userId);
    }

    public async Task<WorkflowStateView> StateAsync(string instanceId) =>
        new((await Get<IWorkflowStore>().LoadInstanceAsync(instanceId) ?? throw new InvalidOperationException($"No instance {instanceId}.")).State.Variables);

    public async Task<string?> SubStatusAsync(string instanceId) => (await Get<IWorkflowStore>().FindInstanceSummaryAsync(instanceId))?.SubStatus;

    /// <summary>A browser signed in as <paramref name="userName"/>, kept for the test.</summary>
    public async Task<Browser> BrowserAsync(string userName)
    {
        if (_browsers.TryGetValue(userName, out var existing)) return existing;
        var browser = new Browser(Factory);
        using var response = await browser.SignInAsync(userName, Password);
        Assert.True(browser.IsSignedIn, $"{userName} could not sign in ({response.StatusCode}).");
        _browsers[userName] = browser;
        return browser;
    }

    /// <summary>Opens the task page as <paramref name="userName"/> and returns its HTML.</summary>
    public async Task<string> TaskPageAsync(string userName, string taskId)
    {
        var browser = await BrowserAsync(userName);
        using var response = await browser.Client.GetAsync($"/cong-viec/{taskId}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{userName} cannot open task {taskId}: {response.StatusCode}");
        return html;
    }

    /// <summary>Decides a task on its page, as <paramref name="userName"/>: the form fields, the outcome button and the comment.</summary>
    public async Task DecideAsync(string userName, string taskId, string outcome, string? comment = null, IEnumerable<(string Field, string Value)>? fields = null)
    {
        var token = Browser.TokenFrom(await TaskPageAsync(userName, taskId)) ?? throw new InvalidOperationException("The task page has no form.");
        var posted = new List<(string, string)> { ("__RequestVerificationToken", token), ("idempotencyKey", Guid.NewGuid().ToString("N")), ("outcome", outcome) };
        if (comment is not null) posted.Add(("comment", comment));
        posted.AddRange((fields ?? []).Select(f => ("f." + f.Field, f.Value)));
        var browser = await BrowserAsync(userName);
        using var response = await browser.PostFormAsync($"/cong-viec/{taskId}", [.. posted]);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{userName} could not choose «{outcome}» on task {taskId}: {response.StatusCode} {Errors(body)}");
    }

    /// <summary>Fails with the incidents' messages when any workflow instance has faulted, and when scheduled work keeps failing.</summary>
    public async Task AssertHealthyAsync()
    {
        await using var db = await Get<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
        var incidents = await db.Incidents.AsNoTracking().Select(i => i.ActivityId + ": " + i.Message).ToListAsync();
        Assert.True(incidents.Count == 0, string.Join("\n", incidents));
        var failing = await db.ScheduledWork.AsNoTracking().Where(w => w.Attempts > 0).Select(w => w.Kind + ": " + w.LastError).ToListAsync();
        Assert.True(failing.Count == 0, string.Join("\n", failing));
    }

    /// <summary>Every e-mail in the outbox, oldest first.</summary>
    public async Task<List<OutboxMessageRecord>> OutboxAsync()
    {
        await using var db = await Get<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync();
    }

    /// <summary>The reminders and escalations of a task: (kind, level, local day it was queued, recipient's user name).</summary>
    public async Task<List<(string Kind, int Level, DateOnly Day, string To)>> DeadlineMailsAsync(string taskId)
    {
        var addresses = await AddressBookAsync();
        return (await OutboxAsync())
            .Select(m => (Message: m, Parts: m.DedupeKey.Split(':')))
            .Where(x => x.Parts is ["task", _, _, _, _] && x.Parts[1] == taskId && x.Parts[2] is HumanTaskNotificationKind.Reminder or HumanTaskNotificationKind.Escalation)
            .Select(x => (x.Parts[2], int.Parse(x.Parts[3], System.Globalization.CultureInfo.InvariantCulture), LocalDate(x.Message.CreatedAt),
                addresses[JsonNode.Parse(x.Message.Payload)!["to"]![0]!["address"]!.GetValue<string>()]))
            .OrderBy(x => x.Item3).ThenBy(x => x.Item1).ThenBy(x => x.Item2).ThenBy(x => x.Item4, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>When each reminder and escalation of a task is planned (scheduled work due time, local).</summary>
    public async Task<Dictionary<string, DateTimeOffset>> PlannedAsync(string taskId) =>
        (await Get<IWorkflowStore>().GetDueWorkAsync(new DateTime(2100, 1, 1), 10_000)).Where(w => w.BookmarkId == taskId)
            .ToDictionary(w => w.Id[$"task-{taskId}-".Length..], w => new DateTimeOffset(w.DueAt, TimeSpan.Zero).ToOffset(Vietnam));

    /// <summary>A document's DOCX, downloaded as <paramref name="userName"/>, as the text of its paragraphs.</summary>
    public async Task<string> DocxTextAsync(string userName, string documentId)
    {
        var browser = await BrowserAsync(userName);
        using var response = await browser.Client.GetAsync($"/van-ban/{documentId}.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        return string.Join("\n", Paragraph().Matches(xml).Select(p => WebUtility.HtmlDecode(string.Concat(Run().Matches(p.Value).Select(r => r.Groups[1].Value)))));
    }

    /// <summary>A document's HTML preview page, opened as <paramref name="userName"/>, as text: inline tags dropped, others a line break.</summary>
    public async Task<string> DocumentPageAsync(string userName, string documentId)
    {
        var browser = await BrowserAsync(userName);
        using var response = await browser.Client.GetAsync($"/van-ban/{documentId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = InlineTag().Replace(await response.Content.ReadAsStringAsync(), "");
        return WebUtility.HtmlDecode(AnyTag().Replace(html, "\n"));
    }

    public async Task<CampaignSubmission> SubmissionAsync(string campaignId, string unitCode) =>
        Assert.Single(await Get<CampaignStore>().SubmissionsAsync(campaignId, supervisorUnitId: null, bloc: null, CancellationToken.None), s => s.UnitCode == unitCode);

    private async Task<Dictionary<string, string>> AddressBookAsync()
    {
        await using var db = await Get<IDbContextFactory<PeopleDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Email != null).ToDictionaryAsync(u => u.Email!, u => u.UserName!, StringComparer.OrdinalIgnoreCase);
    }

    private static string Errors(string html) => string.Join(" | ", ErrorText().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));

    private async Task SeedAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PeopleDbContext>();
        var ids = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var (code, name, bloc, parent, supervisor) in Organisation.Units)
        {
            var unit = new Unit { Code = code, Name = name, Bloc = bloc, ParentUnitId = parent is null ? null : ids[parent].Id, SupervisorUnitId = supervisor is null ? null : ids[supervisor].Id };
            ids[code] = unit;
            db.Units.Add(unit);
        }
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (userName, fullName, unitCode, position, roles) in Organisation.People)
        {
            var user = new AppUser { UserName = userName, FullName = fullName, UnitId = ids[unitCode].Id, JobPosition = position, Email = $"{userName}@congvu.example", EmailConfirmed = true };
            var created = await users.CreateAsync(user, Password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
            if (roles.Contains(Roles.UnitHead)) ids[unitCode].HeadUserId = user.Id;
        }
        await db.SaveChangesAsync();
    }

    public void Dispose()
    {
        foreach (var browser in _browsers.Values) browser.Dispose();
        _inner.Dispose();
        SqliteConnection.ClearAllPools();
    }

    [GeneratedRegex("<w:p[ >].*?</w:p>", RegexOptions.Singleline)]
    private static partial Regex Paragraph();

    [GeneratedRegex("<w:t(?: [^>]*)?>([^<]*)</w:t>")]
    private static partial Regex Run();

    [GeneratedRegex("</?(?:strong|em|u|span)(?: [^>]*)?>")]
    private static partial Regex InlineTag();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("class=\"(?:error|field-error|notice-error)\"[^>]*>([^<]+)<")]
    private static partial Regex ErrorText();

    /// <summary>
    /// Two supervisors (Sở Nội vụ, Ban Tổ chức Thành ủy), three wards of the government bloc and the city Front committee of
    /// the Party bloc; each reporting unit has a head, a reviewer (quanly) and two staff.
    /// </summary>
    public static class Organisation
    {
        public static IReadOnlyList<(string Code, string Name, string Bloc, string? Parent, string? Supervisor)> Units { get; } =
        [
            ("UBND-TP", "UBND thành phố", Blocs.Government, null, null),
            ("SNV", "Sở Nội vụ", Blocs.Government, "UBND-TP", null),
            ("TU", "Thành ủy", Blocs.Party, null, null),
            ("BTC-TU", "Ban Tổ chức Thành ủy", Blocs.Party, "TU", null),
            ("P-ANBINH", "UBND phường An Bình", Blocs.Government, "UBND-TP", "SNV"),
            ("P-BINHMINH", "UBND phường Bình Minh", Blocs.Government, "UBND-TP", "SNV"),
            ("P-CAIKHE", "UBND phường Cái Khế", Blocs.Government, "UBND-TP", "SNV"),
            ("MTTQ-TP", "Ủy ban MTTQ Việt Nam thành phố", Blocs.Party, null, "BTC-TU"),
        ];

        public static IReadOnlyList<(string UserName, string FullName, string Unit, string Position, string[] Roles)> People { get; } =
        [
            ("snv.giamdoc", "Phạm Thị Dung", "SNV", "Giám đốc Sở", [Roles.UnitHead, Roles.Supervisor]),
            ("snv.chuyenvien", "Hồ Văn Khoa", "SNV", "Chuyên viên", [Roles.Staff, Roles.Supervisor]),
            ("btc.truongban", "Nguyễn Văn Hải", "BTC-TU", "Trưởng ban", [Roles.UnitHead, Roles.Supervisor]),
            ("btc.chuyenvien", "Trần Thị Thu", "BTC-TU", "Chuyên viên", [Roles.Staff, Roles.Supervisor]),
            .. Ward("anbinh", "P-ANBINH", "Lê Minh Tâm", "Võ Thị Hạnh", "Nguyễn Văn An", "Đặng Thị Ngọc Lan"),
            .. Ward("binhminh", "P-BINHMINH", "Trương Quốc Bảo", "Phan Thị Mỹ Duyên", "Huỳnh Văn Đức", "Lý Thị Kim Oanh"),
            .. Ward("caikhe", "P-CAIKHE", "Đỗ Thành Nhân", "Mai Thị Thanh Trúc", "Châu Văn Lộc", "Tạ Thị Bích Ngân"),
            ("mttq.chutich", "Nguyễn Thị Hồng Nhung", "MTTQ-TP", "Chủ tịch", [Roles.UnitHead]),
            ("mttq.quanly", "Lâm Văn Phước", "MTTQ-TP", "Phó Chủ tịch", [Roles.Staff, Roles.Reviewer]),
            ("mttq.canbo1", "Kiều Thị Yến", "MTTQ-TP", "Chuyên viên", [Roles.Staff]),
            ("mttq.canbo2", "Dương Văn Sang", "MTTQ-TP", "Chuyên viên", [Roles.Staff]),
        ];

        public static string FullName(string userName) => People.Single(p => p.UserName == userName).FullName;

        private static (string, string, string, string, string[])[] Ward(string prefix, string unit, string head, string reviewer, string staff1, string staff2) =>
        [
            ($"{prefix}.chutich", head, unit, "Chủ tịch UBND phường", [Roles.UnitHead]),
            ($"{prefix}.quanly", reviewer, unit, "Phó Chủ tịch UBND phường", [Roles.Staff, Roles.Reviewer]),
            ($"{prefix}.canbo1", staff1, unit, "Công chức Văn phòng - Thống kê", [Roles.Staff]),
            ($"{prefix}.canbo2", staff2, unit, "Công chức Tư pháp - Hộ tịch", [Roles.Staff]),
        ];
    }
}

/// <summary>A workflow instance's variables, read by name.</summary>
public sealed record WorkflowStateView(IDictionary<string, JsonNode?> Variables)
{
    public JsonNode? this[string name] => Variables.TryGetValue(name, out var value) ? value : null;
}
