using System.Text.Json.Nodes;
using CongVu.Engine.Execution;
using CongVu.Engine.Persistence;
using Xunit;

namespace CongVu.Engine.Tests.Persistence;

/// <summary>
/// The behaviour every <see cref="IWorkflowStore"/> provider must have. A provider fixture derives from this class and
/// only supplies a migrated, empty store per test (<see cref="CreateStoreAsync"/>) and cleans it up.
/// Times are whole seconds in UTC so that every provider stores them exactly.
/// </summary>
public abstract partial class WorkflowStoreContract : IAsyncLifetime
{
    protected static readonly DateTime T0 = new(2027, 1, 4, 1, 0, 0, DateTimeKind.Utc);

    protected IWorkflowStore Store { get; private set; } = null!;

    /// <summary>A store over an empty, migrated database of the provider under test.</summary>
    protected abstract Task<IWorkflowStore> CreateStoreAsync();

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public Task DisposeAsync() => DisposeStoreAsync();

    protected static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    protected static DefinitionRecord Definition(string definitionId, int version, bool latest = true, bool published = false, string? name = null, bool system = false) => new()
    {
        Id = NewId("ver"),
        DefinitionId = definitionId,
        Version = version,
        Name = name ?? $"{definitionId} v{version}",
        Description = "mô tả",
        IsLatest = latest,
        IsPublished = published,
        IsSystem = system,
        CreatedAt = T0.AddMinutes(version),
        UpdatedAt = T0.AddMinutes(version),
        Data = $$"""{"definitionId":"{{definitionId}}","version":{{version}}}""",
    };

    protected static WorkflowState State(string? id = null, string? correlationId = null, string definitionId = "def") => new()
    {
        Id = id ?? NewId("inst"),
        DefinitionId = definitionId,
        DefinitionVersionId = $"{definitionId}-v1",
        DefinitionVersion = 1,
        CorrelationId = correlationId,
        Name = "Hồ sơ",
        SubStatus = WorkflowSubStatus.Suspended,
        CreatedAt = T0,
        UpdatedAt = T0,
    };

    protected static BookmarkState Bookmark(string activityType, string hash, string? id = null) => new()
    {
        Id = id ?? NewId("bm"),
        ActivityType = activityType,
        Hash = hash,
        ActivityId = "wait",
        ActivityNodeId = "Workflow1:flow1:wait",
        ContextId = NewId("ctx"),
        Payload = new JsonObject { ["eventName"] = hash },
        CreatedAt = T0,
    };

    protected static JournalEntry Journal(WorkflowState state, long sequence, string eventName = "Completed") =>
        new(NewId("j"), state.Id, sequence, T0.AddSeconds(sequence), "a", "Workflow1:a", "Elsa.WriteLine", "ctx", eventName, $"line {sequence}", null);

    protected static ScheduledWork Work(DateTime dueAt, string? id = null, ScheduledWorkKind kind = ScheduledWorkKind.ResumeBookmark, string? instanceId = null, string? definitionId = null) => new()
    {
        Id = id ?? NewId("work"),
        Kind = kind,
        DueAt = dueAt,
        InstanceId = instanceId,
        DefinitionId = definitionId,
        Payload = new JsonObject { ["n"] = 1 },
    };

    /// <summary>Commits <paramref name="state"/> as a new instance (revision 0 → 1) with whatever <paramref name="fill"/> adds.</summary>
    protected Task<long> InsertAsync(WorkflowState state, Action<WorkflowCommit>? fill = null) => CommitAsync(state, 0, fill);

    protected async Task<long> CommitAsync(WorkflowState state, long expectedRevision, Action<WorkflowCommit>? fill = null)
    {
        var commit = new WorkflowCommit { State = state, ExpectedRevision = expectedRevision };
        fill?.Invoke(commit);
        return await Store.CommitAsync(commit);
    }
}
