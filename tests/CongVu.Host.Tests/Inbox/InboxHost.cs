using System.Net;
using System.Text.Json.Nodes;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Engine.Scheduling.Time;
using CongVu.Engine.Tasks;
using CongVu.Host.Hosting;
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

namespace CongVu.Host.Tests.Inbox;

/// <summary>
/// The host with the demo organisation, the two-step approval and the workflow beside these tests, a manual clock and no
/// background scheduler or mail sender; tasks come from running workflows or are written straight into the task table.
/// </summary>
public sealed class InboxHost : IDisposable
{
    public const string Password = "Demo-pass-2026";

    /// <summary>Monday 1 March 2027, 09:00 in Vietnam.</summary>
    public static readonly DateTimeOffset Now = new(2027, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly HostFactory _inner = new();

    public InboxHost()
    {
        File.Copy(Path.Combine(RepositoryRoot.Find(), "workflows", "phe-duyet-hai-buoc.json"), Path.Combine(_inner.WorkflowsFolder, "phe-duyet-hai-buoc.json"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Inbox"), "*.json"))
            File.Copy(file, Path.Combine(_inner.WorkflowsFolder, Path.GetFileName(file)));
        Factory = _inner.WithWebHostBuilder(b =>
        {
            b.UseSetting("Demo:Enabled", "true");
            b.UseSetting("Demo:Password", Password);
            b.UseSetting("Engine:RunScheduler", "false");
            b.UseSetting("Email:Sender:Enabled", "false");
            b.ConfigureTestServices(s => s.AddSingleton<IClock>(Clock));
        });
    }

    public ManualClock Clock { get; } = new(Now);
    public WebApplicationFactory<Program> Factory { get; }
    public string Root => _inner.Root;

    public T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    /// <summary>A browser signed in as <paramref name="userName"/>.</summary>
    public async Task<Browser> SignInAsync(string userName, string password = Password)
    {
        var browser = new Browser(Factory);
        using var response = await browser.SignInAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>A new account in the unit with <paramref name="unitCode"/>, so a test's lists hold only its own tasks.</summary>
    public Task<string> CreateUserAsync(string userName, string fullName, string unitCode, params string[] roles) =>
        TestAccounts.CreateAsync(Factory.Services, userName, fullName, unitCode, Password, headOfUnit: false, roles);

    public async Task<string> UserIdAsync(string userName) =>
        (await Get<UserManager<AppUser>>().FindByNameAsync(userName))?.Id ?? throw new InvalidOperationException($"No user {userName}.");

    public T People<T>(Func<PeopleDbContext, T> query)
    {
        using var scope = Factory.Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<PeopleDbContext>());
    }

    public string UnitId(string code) => People(db => db.Units.Single(u => u.Code == code).Id);

    /// <summary>Writes task rows (and history lines) as the engine would, without a workflow behind them.</summary>
    public async Task AddAsync(IEnumerable<HumanTaskRecord> tasks, IEnumerable<HumanTaskEventRecord>? events = null)
    {
        await using var db = await Get<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
        db.HumanTasks.AddRange(tasks);
        db.HumanTaskEvents.AddRange(events ?? []);
        await db.SaveChangesAsync();
    }

    public static HumanTaskRecord Task(string title, string? assignee, string? unitId, DateTimeOffset? due, string data = "{\"workflowName\":\"Kiểm thử\",\"outcomes\":[{\"name\":\"Xong\",\"requiresComment\":false}]}") => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        InstanceId = Guid.NewGuid().ToString("N"),
        Title = title,
        AssigneeUserId = assignee,
        UnitId = unitId,
        DueAt = due?.UtcDateTime,
        CreatedAt = Now.UtcDateTime,
        UpdatedAt = Now.UtcDateTime,
        Data = data,
    };

    /// <summary>Starts a workflow and returns its one open task.</summary>
    public async Task<HumanTaskRecord> StartAsync(string definitionId, JsonObject input)
    {
        var run = await Get<WorkflowRuntime>().StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Input = input });
        return Assert.Single((await Get<ITaskStore>().ListTasksAsync(new TaskQuery { InstanceId = run.InstanceId })).Items);
    }

    public async Task<HumanTaskRecord> FindAsync(string taskId) =>
        await Get<ITaskStore>().FindTaskAsync(taskId) ?? throw new InvalidOperationException($"No task {taskId}.");

    public void Dispose() => _inner.Dispose();
}
