using CongVu.Host.People;
using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Complaints;

/// <summary>The units as complaint pages and activities name them: by id, by code, and as "Name (CODE)" options.</summary>
public sealed class ComplaintUnits(IDbContextFactory<PeopleDbContext> people)
{
    public async Task<Unit?> FindAsync(string? id, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(id)) return null;
        await using var db = await people.CreateDbContextAsync(ct);
        return await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
    }

    /// <summary>A unit by its code, or by an option "Name (CODE)" as the classification form shows it.</summary>
    public async Task<Unit?> FindByCodeAsync(string? codeOrOption, CancellationToken ct)
    {
        if (CodeOf(codeOrOption) is not { } code) return null;
        await using var db = await people.CreateDbContextAsync(ct);
        return await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
    }

    public async Task<IReadOnlyDictionary<string, Unit>> ByIdAsync(IEnumerable<string?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0) return new Dictionary<string, Unit>();
        await using var db = await people.CreateDbContextAsync(ct);
        return await db.Units.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, StringComparer.Ordinal, ct);
    }

    /// <summary>Units that have staff to handle a case, by name, as options "Name (CODE)".</summary>
    public async Task<IReadOnlyList<string>> OptionsAsync(CancellationToken ct)
    {
        await using var db = await people.CreateDbContextAsync(ct);
        var staffed = db.Users.Where(u => u.UnitId != null).Select(u => u.UnitId);
        var units = await db.Units.AsNoTracking().Where(u => staffed.Contains(u.Id)).Select(u => new { u.Name, u.Code }).ToListAsync(ct);
        return [.. units.OrderBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)).Select(u => Option(u.Name, u.Code))];
    }

    public static string Option(string name, string code) => $"{name} ({code})";

    /// <summary>"VP-UBND" from "VP-UBND" or from "Văn phòng UBND (VP-UBND)".</summary>
    public static string? CodeOf(string? codeOrOption)
    {
        var text = codeOrOption?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (text.EndsWith(')') && text.LastIndexOf('(') is var open and >= 0) return text[(open + 1)..^1].Trim();
        return text;
    }
}
