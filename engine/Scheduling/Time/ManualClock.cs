namespace CongVu.Engine.Scheduling.Time;

/// <summary>A clock that only moves when told to, for tests of timers, reminders and deadlines.</summary>
public sealed class ManualClock : IClock
{
    // DateTimeOffset is wider than a machine word, so reads and writes are guarded to avoid torn values.
    private readonly Lock _gate = new();
    private DateTimeOffset _now;

    /// <summary>Creates a clock showing <paramref name="start"/>.</summary>
    public ManualClock(DateTimeOffset start) => _now = start.ToUniversalTime();

    /// <inheritdoc />
    public DateTimeOffset UtcNow
    {
        get
        {
            lock (_gate) return _now;
        }
    }

    /// <summary>Moves the clock to <paramref name="now"/> (backwards is allowed, to test clock skew).</summary>
    public void Set(DateTimeOffset now)
    {
        lock (_gate) _now = now.ToUniversalTime();
    }

    /// <summary>Moves the clock by <paramref name="delta"/> and returns the new instant.</summary>
    public DateTimeOffset Advance(TimeSpan delta)
    {
        lock (_gate)
        {
            _now = _now.Add(delta);
            return _now;
        }
    }
}
