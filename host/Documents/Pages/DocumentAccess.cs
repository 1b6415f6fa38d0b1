using System.Security.Claims;
using CongVu.Host.People;
using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Documents.Pages;

/// <summary>Who may open a document: people of its unit, people of that unit's supervisor unit, and administrators.</summary>
public sealed class DocumentAccess(IDbContextFactory<PeopleDbContext> people)
{
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, string documentUnitId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Admin)) return true;
        if (user.FindFirstValue(PeopleClaims.UnitId) is not { Length: > 0 } unitId) return false;
        if (unitId == documentUnitId) return true;
        await using var db = await people.CreateDbContextAsync(ct);
        return await db.Units.AnyAsync(u => u.Id == documentUnitId && u.SupervisorUnitId == unitId, ct);
    }
}
