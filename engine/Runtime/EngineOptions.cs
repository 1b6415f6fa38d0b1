namespace CongVu.Engine.Runtime;

/// <summary>Engine settings, bound from the "Engine" section.</summary>
public sealed class EngineOptions
{
    /// <summary>"Sqlite" (default, embedded) or "PostgreSql".</summary>
    public string Provider { get; set; } = "Sqlite";

    public string ConnectionString { get; set; } = "Data Source=data/congvu.db";

    /// <summary>Longest wait between two looks at the scheduled-work table.</summary>
    public int SchedulerPollMilliseconds { get; set; } = 1000;

    /// <summary>Whether this process runs due timers and dispatched work (off for API-only hosts).</summary>
    public bool RunScheduler { get; set; } = true;

    public bool IsSqlite => Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase);
}
