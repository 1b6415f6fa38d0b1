using CongVu.Host.Descriptors;
using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.People;

/// <summary>The organisation's units, by code, for designer dropdowns (e.g. which unit a task belongs to).</summary>
public sealed class UnitOptionsSource(IDbContextFactory<PeopleDbContext> factory) : IInputOptionsSource
{
    public string Name => "units";

    public async Task<IReadOnlyList<SelectListItem>> ListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Code, u.Name }).ToListAsync(ct);
        return [new SelectListItem("Đơn vị của người trình", "submitter"), .. units.Select(u => new SelectListItem($"{u.Name} ({u.Code})", u.Code))];
    }
}

/// <summary>The roles, with their Vietnamese names, for designer dropdowns.</summary>
public sealed class RoleOptionsSource : IInputOptionsSource
{
    public string Name => "roles";

    public Task<IReadOnlyList<SelectListItem>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SelectListItem>>(Roles.All.Select(r => new SelectListItem(Roles.DisplayName(r), r)).ToList());
}
