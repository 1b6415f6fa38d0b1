using System.Text.Json.Nodes;
using CongVu.Engine.Outbox;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Engine.Scheduling.Time;
using CongVu.Engine.Tasks;
using CongVu.Host.Hosting;
using CongVu.Host.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace CongVu.Host.Tests.Tasks;

/// <summary>
/// The host with the demo organisation, the task workflows (the repository's two-step approval and the JSON beside
/// these tests), a manual clock and no background scheduler: tests move the clock and run due work themselves.
/// </summary>
public sealed class TaskHost : IDisposable
{
    /// <summary>Monday 1 February 2027, 09:00 in Vietnam: three working days before the Tết holidays (5–11 February).</summary>
    public static readonly DateTimeOffset BeforeTet = new(2027, 2, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly HostFactory _inner;
    private readonly bool _ownsRoot;

    private TaskHost(string root, bool ownsRoot, ManualClock clock)
    {
        Root = root;
        _ownsRoot = ownsRoot;
        Clock = clock;
        _inner = HostFactory.Create(root, HostFactory.AdminApiKey);
        CopyWorkflows(_inner.WorkflowsFolder);
        Factory = _inner.WithWebHostBuilder(b =>
        {
            b.UseSetting("Demo:Enabled", "true");
            b.UseSetting("Demo:Password", "Demo-pass-2026");
            b.UseSetting("Engine:RunScheduler", "false");
            b.ConfigureTestServices(s =>
            {
                s.AddSingleton<IClock>(clock);
                s.RemoveAll<IHumanTaskNotifier>();
                s.AddSingleton<IHumanTaskNotifier, RecordingNotifier>();
            });
        });
    }

    public string Root { get; }
    public ManualClock Clock { get; }
    public WebApplicationFactory<Program> Factory { get; }
    public IServiceProvider Services => Factory.Services;
    public TaskActions Actions => Get<TaskActions>();
    public ITaskStore Tasks => Get<ITaskStore>();
    public WorkflowRuntime Runtime => Get<WorkflowRuntime>();
    public IWorkflowStore Store => Get<IWorkflowStore>();

    /// <summary>A host on a new temporary folder (deleted on dispose), or on <paramref name="root"/> to reopen its database.</summary>
    public static TaskHost Start(ManualClock? clock = null, string? root = null) =>
        new(root ?? Path.Combine(Path.GetTempPath(), "congvu-task-tests", Guid.NewGuid().ToString("N")), root is null, clock ?? new ManualClock(BeforeTet));

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<string> UserIdAsync(string userName) =>
        (await Get<TaskAssignment>().FindUserAsync(userName))?.Id ?? throw new InvalidOperationException($"No user {userName}.");

    public async Task<string> StartAsync(string definitionId, JsonObject input) =>
        (await Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Input = input })).InstanceId;

    /// <summary>The one open task of the instance.</summary>
    public async Task<HumanTaskRecord> OpenTaskAsync(string instanceId) =>
        Assert.Single((await Tasks.ListTasksAsync(new TaskQuery { InstanceId = instanceId })).Items);

    public async Task<InstanceRecord> InstanceAsync(string instanceId) =>
        await Store.FindInstanceSummaryAsync(instanceId) ?? throw new InvalidOperationException($"No instance {instanceId}.");

    public async Task<IReadOnlyList<OutboxMessageRecord>> OutboxAsync() =>
        (await Get<IOutboxStore>().ListMessagesAsync(null, 0, 1000)).Items;

    /// <summary>Moves the clock and runs everything due, as the scheduler would.</summary>
    public async Task<int> RunAtAsync(DateTimeOffset now)
    {
        Clock.Set(now);
        return await Get<ScheduledWorkProcessor>().RunDueAsync();
    }

    private static void CopyWorkflows(string folder)
    {
        File.Copy(Path.Combine(RepositoryRoot.Find(), "workflows", "phe-duyet-hai-buoc.json"), Path.Combine(folder, "phe-duyet-hai-buoc.json"), overwrite: true);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Tasks"), "*.json"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
    }

    public void Dispose()
    {
        _inner.Dispose();
        if (!_ownsRoot) return;
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

/// <summary>
/// Stands in for the e-mail notifier: one message per notification, keyed so a repeat would be deduplicated. The first
/// notification of a task titled "[lỗi thư]" fails, as a broken template would.
/// </summary>
public sealed class RecordingNotifier : IHumanTaskNotifier
{
    public const string FailOnceTitle = "[lỗi thư]";
    private int _failed;

    public ValueTask<IReadOnlyList<OutboxMessageRecord>> ComposeAsync(HumanTaskNotification notification, CancellationToken ct)
    {
        if (notification.Task.Title.Contains(FailOnceTitle, StringComparison.Ordinal) && Interlocked.Exchange(ref _failed, 1) == 0)
            throw new InvalidOperationException("The mail template failed.");
        var key = $"{notification.Kind}:{notification.Task.Id}:{notification.Level}:{notification.Task.AssigneeUserId}";
        var payload = new JsonObject { ["kind"] = notification.Kind, ["to"] = notification.Task.AssigneeUserId, ["comment"] = notification.Comment };
        OutboxMessageRecord message = new() { Id = Guid.NewGuid().ToString("N"), DedupeKey = key, Payload = payload.ToJsonString(), CreatedAt = DateTime.UtcNow };
        return ValueTask.FromResult<IReadOnlyList<OutboxMessageRecord>>([message]);
    }
}
