namespace CongVu.Host.Tasks;

/// <summary>The stored form of a task's candidate and excluded users: ids between ';', e.g. ";a;b;", for exact matching.</summary>
public static class TaskUserList
{
    public static string? Join(IEnumerable<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var ids = userIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 0 ? null : $";{string.Join(';', ids)};";
    }

    public static IReadOnlyList<string> Split(string? stored) =>
        stored?.Split(';', StringSplitOptions.RemoveEmptyEntries) ?? [];

    public static bool Contains(string? stored, string? userId) =>
        stored is not null && !string.IsNullOrEmpty(userId) && stored.Contains($";{userId};", StringComparison.Ordinal);
}
