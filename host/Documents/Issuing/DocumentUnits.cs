using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Documents.Issuing;

/// <summary>What a document says about its issuing unit, from the people database.</summary>
public sealed record DocumentUnit(string Id, string Code, string Name, string? ParentName, string Symbol, string? HeadName, string? HeadTitle,
    string? SupervisorId, string? SupervisorName);

/// <summary>Looks up issuing units by code.</summary>
public sealed class DocumentUnits(IDbContextFactory<PeopleDbContext> people)
{
    /// <summary>The unit with this code (exact, else upper case), or null.</summary>
    public async Task<DocumentUnit?> FindAsync(string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(code);
        await using var db = await people.CreateDbContextAsync(ct);
        var upper = code.Trim().ToUpperInvariant();
        var unit = await db.Units.AsNoTracking().Where(u => u.Code == code.Trim() || u.Code == upper).OrderBy(u => u.Code == upper).FirstOrDefaultAsync(ct);
        if (unit is null) return null;
        async Task<string?> NameOf(string? id) => id is null ? null : await db.Units.Where(u => u.Id == id).Select(u => u.Name).FirstOrDefaultAsync(ct);
        var head = unit.HeadUserId is { } headId
            ? await db.Users.Where(u => u.Id == headId).Select(u => new { u.FullName, u.JobPosition }).FirstOrDefaultAsync(ct)
            : null;
        return new DocumentUnit(unit.Id, unit.Code, unit.Name, await NameOf(unit.ParentUnitId), Symbol(unit.Code), head?.FullName, head?.JobPosition,
            unit.SupervisorUnitId, await NameOf(unit.SupervisorUnitId));
    }

    /// <summary>The unit's part of a document symbol ("KH-SNV"): its code in upper case, e.g. "SNV", "UBND-PHUONG-1".</summary>
    public static string Symbol(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToUpperInvariant();
    }
}
