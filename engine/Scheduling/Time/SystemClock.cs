namespace CongVu.Engine.Scheduling.Time;

/// <summary>The real wall clock; stateless, so one shared <see cref="Instance"/> serves the whole process.</summary>
public sealed class SystemClock : IClock
{
    /// <summary>Gets the shared instance, for code that is not wired through dependency injection.</summary>
    public static SystemClock Instance { get; } = new();

    /// <inheritdoc />
    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
}
