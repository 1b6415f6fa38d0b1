using CongVu.Engine.Persistence;

namespace CongVu.Host.Api;

/// <summary>Conversions shared by the API: UTC timestamps with an offset, version options from query text.</summary>
public static class ApiValues
{
    /// <summary>SQLite hands back unspecified-kind times; they are UTC, and the studio needs the offset written.</summary>
    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static DateTimeOffset? Utc(DateTime? value) => value is { } v ? Utc(v) : null;

    public static VersionOptions ParseVersion(string? text, VersionOptions fallback)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        try { return VersionOptions.Parse(text); }
        catch (FormatException e) { throw new ApiRequestException(e.Message); }
    }

    /// <summary>Repeated and comma-separated query values, flattened.</summary>
    public static IReadOnlyCollection<string>? Split(IEnumerable<string>? values)
    {
        var list = values?.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return list is { Count: > 0 } ? list : null;
    }
}

/// <summary>A hypermedia link as Elsa returns it; the studio enables actions by <see cref="Rel"/>.</summary>
public sealed record Link(string Href, string Rel, string Method);

/// <summary>Elsa's sort direction.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}
