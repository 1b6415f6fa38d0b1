using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Engine.Scheduling.Time;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace CongVu.Engine.Tests.TestHost;

/// <summary>
/// A real engine over a SQLite file in its own temporary directory, with a manual clock and no background
/// scheduler: tests move the clock and run due work themselves. Dispose deletes the directory.
/// </summary>
public sealed class EngineFixture : IAsyncDisposable
{
    /// <summary>Monday 2027-01-04 08:00 in Vietnam.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2027, 1, 4, 1, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly string? _ownedDirectory;

    private EngineFixture(ServiceProvider services, ManualClock clock, string databasePath, string? ownedDirectory)
    {
        _services = services;
        _ownedDirectory = ownedDirectory;
        Clock = clock;
        DatabasePath = databasePath;
    }

    public ManualClock Clock { get; }
    public string DatabasePath { get; }
    public IServiceProvider Services => _services;
    public WorkflowRuntime Runtime => _services.GetRequiredService<WorkflowRuntime>();
    public DefinitionService Definitions => _services.GetRequiredService<DefinitionService>();
    public IWorkflowStore Store => _services.GetRequiredService<IWorkflowStore>();
    public ScheduledWorkProcessor Processor => _services.GetRequiredService<ScheduledWorkProcessor>();
    public StoredCalendarSource Calendar => _services.GetRequiredService<StoredCalendarSource>();

    /// <summary>
    /// Starts an engine. With <paramref name="directory"/> the database lives there and survives dispose
    /// (for re-open tests); otherwise a fresh temporary directory is created and deleted on dispose.
    /// </summary>
    public static async Task<EngineFixture> StartAsync(string? directory = null, DateTimeOffset? start = null)
    {
        var owned = directory is null ? CreateTempDirectory() : null;
        var databasePath = Path.Combine(directory ?? owned!, "test.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Engine:ConnectionString"] = $"Data Source={databasePath}",
                ["Engine:RunScheduler"] = "false",
            })
            .Build();
        var clock = new ManualClock(start ?? DefaultStart);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IClock>(clock)
            .AddWorkflowEngine(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var fixture = new EngineFixture(services, clock, databasePath, owned);
        try
        {
            // RunScheduler=false: the only hosted service is the startup (migrations + calendar).
            var hosted = services.GetServices<IHostedService>().ToList();
            var startup = hosted.OfType<EngineStartup>().Single();
            if (hosted.Count != 1) throw new InvalidOperationException($"Unexpected hosted services: {string.Join(", ", hosted)}");
            await startup.StartAsync(CancellationToken.None);
        }
        catch
        {
            await fixture.DisposeAsync();
            throw;
        }
        return fixture;
    }

    public static string CreateTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "congvu-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static void DeleteDirectory(string path)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection on an exotic platform; the temp folder is cleaned eventually.
        }
    }

    /// <summary>Loads a definition JSON file sitting beside the calling test and saves + publishes it.</summary>
    public async Task<SaveResult> PublishAsync(string jsonFile, [CallerFilePath] string callerFile = "") =>
        await Definitions.SaveAsync(ModelFiles.Load(jsonFile, callerFile), publish: true);

    /// <summary>Runs every due timer, dispatched start and schedule trigger; returns how many items ran.</summary>
    public Task<int> RunTimersAsync() => Processor.RunDueAsync();

    public Task<RunResult> StartAsync(string definitionId, JsonObject? input = null, string? correlationId = null) =>
        Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Input = input, CorrelationId = correlationId });

    public async Task<WorkflowState> LoadAsync(string instanceId) =>
        (await Store.LoadInstanceAsync(instanceId))?.State ?? throw new InvalidOperationException($"Instance {instanceId} is not stored.");

    /// <summary>A variable of the stored instance as a plain CLR value (int, string, bool, list, ExpandoObject).</summary>
    public async Task<object?> VariableAsync(string instanceId, string name)
    {
        var state = await LoadAsync(instanceId);
        return state.Variables.TryGetValue(name, out var node) ? ValueConverter.ToClr(node) : null;
    }

    public async Task<IReadOnlyList<JournalRecord>> JournalAsync(string instanceId) =>
        (await Store.ListJournalAsync(instanceId, 0, 10_000)).Items;

    /// <summary>How often the activity with <paramref name="activityId"/> logged <paramref name="eventName"/>.</summary>
    public async Task<int> JournalCountAsync(string instanceId, string activityId, string eventName) =>
        (await JournalAsync(instanceId)).Count(j => j.ActivityId == activityId && j.EventName == eventName);

    public async Task<IReadOnlyList<InstanceRecord>> InstancesOfAsync(string definitionId) =>
        (await Store.ListInstancesAsync(new InstanceQuery { DefinitionIds = [definitionId], Descending = false, Take = 1000 })).Items;

    /// <summary>The single bookmark an instance waits on.</summary>
    public async Task<BookmarkState> SingleBookmarkAsync(string instanceId) => Assert.Single((await LoadAsync(instanceId)).Bookmarks);

    public DateTimeOffset Advance(TimeSpan delta) => Clock.Advance(delta);

    /// <summary>Loads host/Calendar/vietnam-holidays.json into the editable holiday table (and the live calendar).</summary>
    public async Task SeedVietnamHolidaysAsync()
    {
        var calendar = HolidayCalendar.Load(RepositoryPaths.VietnamHolidays, [DayOfWeek.Saturday, DayOfWeek.Sunday]);
        var rows = calendar.Days.Select(d => new CalendarDayRecord { Date = d.Date, Kind = d.Kind.ToString(), Name = d.Name }).ToList();
        await Calendar.ReplaceAsync(rows);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownedDirectory is not null) DeleteDirectory(_ownedDirectory);
    }
}
