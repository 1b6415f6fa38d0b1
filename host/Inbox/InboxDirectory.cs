using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Inbox;

/// <summary>The people side of inbox pages: names of units and users, by id, for the rows on screen.</summary>
public sealed class InboxDirectory(IDbContextFactory<PeopleDbContext> factory)
{
    public async Task<IReadOnlyDictionary<string, string>> UnitNamesAsync(IEnumerable<string?> unitIds, CancellationToken ct)
    {
        var ids = unitIds.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return new Dictionary<string, string>();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, StringComparer.Ordinal, ct);
    }

    /// <summary>Full names by user id; a user that no longer exists is left out (pages show the id's absence as "—").</summary>
    public async Task<IReadOnlyDictionary<string, string>> UserNamesAsync(IEnumerable<string?> userIds, CancellationToken ct)
    {
        var ids = userIds.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return new Dictionary<string, string>();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.FullName.Length > 0 ? u.FullName : u.UserName ?? u.Id, StringComparer.Ordinal, ct);
    }
}
