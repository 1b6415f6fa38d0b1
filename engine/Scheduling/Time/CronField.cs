using System.Numerics;

namespace CongVu.Engine.Scheduling.Time;

/// <summary>The set of values one cron field allows, as a bit mask so that matching and skipping are single instructions.</summary>
/// <param name="Bits">Bit <c>n</c> is set when value <c>n</c> is allowed.</param>
/// <param name="IsStar">Whether the field text began with <c>*</c> or <c>?</c>, which decides the day-of-month/day-of-week rule.</param>
internal readonly record struct CronField(ulong Bits, bool IsStar)
{
    /// <summary>Whether <paramref name="value"/> is allowed.</summary>
    public bool Contains(int value) => value is >= 0 and < 64 && (Bits & (1UL << value)) != 0;

    /// <summary>The smallest allowed value at or after <paramref name="value"/>, or -1 when there is none.</summary>
    public int NextAtOrAfter(int value)
    {
        if (value >= 64) return -1;
        var rest = Bits & (ulong.MaxValue << Math.Max(value, 0));
        return rest == 0 ? -1 : BitOperations.TrailingZeroCount(rest);
    }
}
