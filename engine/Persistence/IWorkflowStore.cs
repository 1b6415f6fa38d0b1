using CongVu.Engine.Execution;

namespace CongVu.Engine.Persistence;

/// <summary>
/// Where the engine keeps everything. One contract for every provider (SQLite, PostgreSQL); the
/// store contract tests run against each. No workflow state lives only in memory.
/// </summary>
public interface IWorkflowStore
{
    Task<DefinitionRecord?> FindDefinitionVersionAsync(string versionId, CancellationToken ct = default);
    Task<DefinitionRecord?> FindDefinitionAsync(string definitionId, VersionOptions version, CancellationToken ct = default);
    Task<PagedList<DefinitionRecord>> ListDefinitionsAsync(DefinitionQuery query, CancellationToken ct = default);

    /// <summary>Upserts versions in one transaction; with <paramref name="triggers"/>, also replaces the definition's triggers and schedules.</summary>
    Task SaveDefinitionsAsync(IReadOnlyCollection<DefinitionRecord> versions, DefinitionTriggers? triggers, CancellationToken ct = default);

    /// <summary>Deletes one version, or all versions and triggers when <paramref name="versionId"/> is null; returns the count.</summary>
    Task<int> DeleteDefinitionAsync(string definitionId, string? versionId, CancellationToken ct = default);

    Task<StoredInstance?> LoadInstanceAsync(string instanceId, CancellationToken ct = default);
    Task<InstanceRecord?> FindInstanceSummaryAsync(string instanceId, CancellationToken ct = default);

    /// <summary>Writes a burst atomically. Throws <see cref="ConcurrencyConflictException"/> on a stale revision and <see cref="DuplicateResumeException"/> on a used idempotency key.</summary>
    Task<long> CommitAsync(WorkflowCommit commit, CancellationToken ct = default);

    Task<PagedList<InstanceRecord>> ListInstancesAsync(InstanceQuery query, CancellationToken ct = default);
    Task<bool> DeleteInstanceAsync(string instanceId, CancellationToken ct = default);
    Task<PagedList<JournalRecord>> ListJournalAsync(string instanceId, int skip, int take, CancellationToken ct = default);
    Task<IReadOnlyList<IncidentRecord>> ListIncidentsAsync(string instanceId, CancellationToken ct = default);

    Task<BookmarkRecord?> FindBookmarkAsync(string bookmarkId, CancellationToken ct = default);
    Task<IReadOnlyList<BookmarkRecord>> FindBookmarksAsync(string activityType, string hash, string? correlationId, CancellationToken ct = default);
    Task<IReadOnlyList<BookmarkRecord>> ListBookmarksAsync(string instanceId, CancellationToken ct = default);
    Task<IReadOnlyList<TriggerRecord>> FindTriggersAsync(string activityType, string hash, CancellationToken ct = default);

    Task<IReadOnlyList<ScheduledWorkRecord>> GetDueWorkAsync(DateTime now, int take, CancellationToken ct = default);
    Task<DateTime?> GetNextDueAtAsync(CancellationToken ct = default);
    Task AddWorkAsync(ScheduledWorkRecord work, CancellationToken ct = default);
    Task<bool> DeleteWorkAsync(string workId, CancellationToken ct = default);
    Task PostponeWorkAsync(string workId, DateTime dueAt, string error, CancellationToken ct = default);

    Task<IReadOnlyList<CalendarDayRecord>> ListCalendarDaysAsync(CancellationToken ct = default);
    Task ReplaceCalendarDaysAsync(IReadOnlyCollection<CalendarDayRecord> days, CancellationToken ct = default);
}

/// <summary>An instance's state with the revision it was read at.</summary>
public sealed record StoredInstance(WorkflowState State, long Revision);

/// <summary>A page of results with the total count.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int TotalCount);

/// <summary>A published definition's triggers and the first due times of its schedules.</summary>
public sealed record DefinitionTriggers(string DefinitionId, IReadOnlyList<TriggerRecord> Triggers, IReadOnlyList<ScheduledWorkRecord> Schedules);

/// <summary>Which version of a definition: Latest, Published, LatestOrPublished, AllVersions, or a number.</summary>
public readonly record struct VersionOptions(string Kind, int? Number = null)
{
    public static readonly VersionOptions Latest = new("Latest");
    public static readonly VersionOptions Published = new("Published");
    public static readonly VersionOptions LatestOrPublished = new("LatestOrPublished");
    public static readonly VersionOptions AllVersions = new("AllVersions");

    public static VersionOptions Parse(string? text) => text?.Trim() switch
    {
        null or "" => Latest,
        var t when int.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var n) => new("Specific", n),
        var t when t.Equals("Latest", StringComparison.OrdinalIgnoreCase) => Latest,
        var t when t.Equals("Published", StringComparison.OrdinalIgnoreCase) => Published,
        var t when t.Equals("LatestOrPublished", StringComparison.OrdinalIgnoreCase) => LatestOrPublished,
        var t when t.Equals("LatestAndPublished", StringComparison.OrdinalIgnoreCase) => LatestOrPublished,
        var t when t.Equals("AllVersions", StringComparison.OrdinalIgnoreCase) => AllVersions,
        var t => throw new FormatException($"versionOptions '{t}' is not Latest, Published, LatestOrPublished, AllVersions or a version number."),
    };
}

/// <summary>Filter and paging for definition lists.</summary>
public sealed record DefinitionQuery
{
    public VersionOptions Version { get; init; } = VersionOptions.Latest;
    public IReadOnlyCollection<string>? DefinitionIds { get; init; }
    public IReadOnlyCollection<string>? VersionIds { get; init; }
    public string? SearchTerm { get; init; }
    public bool? IsSystem { get; init; }
    public bool Descending { get; init; }
    public string OrderBy { get; init; } = "Name";
    public int Skip { get; init; }
    public int Take { get; init; } = 100;
}

/// <summary>Filter and paging for instance lists.</summary>
public sealed record InstanceQuery
{
    public IReadOnlyCollection<string>? DefinitionIds { get; init; }
    public IReadOnlyCollection<string>? DefinitionVersionIds { get; init; }
    public IReadOnlyCollection<string>? SubStatuses { get; init; }
    public IReadOnlyCollection<string>? Statuses { get; init; }
    public string? CorrelationId { get; init; }
    public string? SearchTerm { get; init; }
    public bool Descending { get; init; } = true;
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}

/// <summary>Another writer changed the instance first; reload and run again.</summary>
public sealed class ConcurrencyConflictException(string instanceId) : Exception($"Instance {instanceId} was changed by another writer.")
{
    public string InstanceId { get; } = instanceId;
}

/// <summary>The idempotency key was already used: the resume has been applied before.</summary>
public sealed class DuplicateResumeException(string key) : Exception($"Resume '{key}' was already applied.")
{
    public string Key { get; } = key;
}
