namespace CongVu.Engine.Scheduling.Time;

/// <summary>Source of the current instant, injected so that timers and deadlines can be tested deterministically.</summary>
public interface IClock
{
    /// <summary>Gets the current instant in UTC (offset zero).</summary>
    DateTimeOffset UtcNow { get; }
}
