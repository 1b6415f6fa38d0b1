using CongVu.Host.People;
using CongVu.Host.People.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.Campaigns;

/// <summary>Reads the organisation for campaigns: which units report, to whom, and who works in them.</summary>
public sealed class Organisation(IDbContextFactory<PeopleDbContext> people)
{
    /// <summary>Every unit, with staff counts and heads: three queries whatever the size of the organisation.</summary>
    public async Task<OrganisationChart> LoadAsync(CancellationToken ct)
    {
        await using var db = await people.CreateDbContextAsync(ct);
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var staff = await db.Users.AsNoTracking().Where(u => u.UnitId != null).GroupBy(u => u.UnitId!)
            .Select(g => new { UnitId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.UnitId, x => x.Count, StringComparer.Ordinal, ct);
        var headIds = units.Select(u => u.HeadUserId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var heads = await db.Users.AsNoTracking().Where(u => headIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.UserName ?? u.Id, StringComparer.Ordinal, ct);
        return new OrganisationChart(units, staff, heads);
    }

    /// <summary>One unit by code (as written, else ignoring case) with its supervisor and head: a few indexed reads, not the whole chart.</summary>
    public async Task<ReportingUnit?> DescribeAsync(string code, CancellationToken ct)
    {
        await using var db = await people.CreateDbContextAsync(ct);
        var trimmed = code.Trim();
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == trimmed, ct)
            ?? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => EF.Functions.Collate(u.Code, "NOCASE") == trimmed, ct);
        if (unit is null) return null;
        var supervisor = unit.SupervisorUnitId is { } supervisorId ? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == supervisorId, ct) : null;
        var head = unit.HeadUserId is { } headId ? await db.Users.AsNoTracking().Where(u => u.Id == headId).Select(u => u.UserName).FirstOrDefaultAsync(ct) : null;
        return new ReportingUnit(unit.Id, unit.Code, unit.Name, unit.Bloc, unit.SupervisorUnitId, supervisor?.Code, supervisor?.Name, head);
    }

    /// <summary>
    /// The staff of a unit and of its divisions, ordered by user name: one read of the units (to find the divisions) and
    /// one query on the indexed unit column, however large the unit.
    /// </summary>
    public async Task<IReadOnlyList<StaffMember>> StaffAsync(string unitCode, CancellationToken ct)
    {
        await using var db = await people.CreateDbContextAsync(ct);
        var chart = new OrganisationChart(await db.Units.AsNoTracking().ToListAsync(ct), new Dictionary<string, int>(), new Dictionary<string, string>());
        var unit = chart.Find(unitCode) ?? throw new InvalidOperationException($"Input 'unitCode': the unit '{unitCode}' does not exist.");
        var members = chart.MemberUnitIds(unit).ToList();
        var rows = await db.Users.AsNoTracking().Where(u => u.UnitId != null && members.Contains(u.UnitId))
            .OrderBy(u => u.UserName)
            .Select(u => new { u.UserName, u.FullName, u.JobPosition, u.UnitId })
            .ToListAsync(ct);
        return rows.Select(r => new StaffMember(r.UserName ?? "", r.FullName, r.JobPosition, chart.ById[r.UnitId!].Code)).ToList();
    }
}

/// <summary>
/// The organisation at one moment. A reporting unit is one that has a supervisor, supervises no one and has staff
/// (its own or in its divisions); a division is a sub-unit without a supervisor of its own, reporting through its parent.
/// </summary>
public sealed class OrganisationChart
{
    private readonly HashSet<string> _supervisors;
    private readonly IReadOnlyDictionary<string, int> _staff;
    private readonly IReadOnlyDictionary<string, string> _headUserNames;
    private readonly ILookup<string, Unit> _children;
    private readonly Dictionary<string, Unit> _byCodeIgnoringCase;

    public OrganisationChart(IReadOnlyList<Unit> units, IReadOnlyDictionary<string, int> staffCounts, IReadOnlyDictionary<string, string> headUserNames)
    {
        ArgumentNullException.ThrowIfNull(units);
        ById = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        ByCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        // Codes are unique as written (VP-UBND); a workflow may write them in another case (vp-ubnd).
        _byCodeIgnoringCase = new Dictionary<string, Unit>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in units.OrderBy(u => u.Code, StringComparer.Ordinal)) _byCodeIgnoringCase.TryAdd(unit.Code, unit);
        _supervisors = units.Select(u => u.SupervisorUnitId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        _staff = staffCounts;
        _headUserNames = headUserNames;
        _children = units.Where(u => u.ParentUnitId is not null).ToLookup(u => u.ParentUnitId!, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Unit> ById { get; }
    public IReadOnlyDictionary<string, Unit> ByCode { get; }

    public Unit? Find(string? code) =>
        code is null ? null : ByCode.GetValueOrDefault(code.Trim()) ?? _byCodeIgnoringCase.GetValueOrDefault(code.Trim());

    /// <summary>The unit and its divisions, whose staff work for it.</summary>
    public IEnumerable<string> MemberUnitIds(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var pending = new Stack<Unit>([unit]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next.Id)) continue;
            yield return next.Id;
            foreach (var child in _children[next.Id])
                if (IsDivision(child)) pending.Push(child);
        }
    }

    public bool IsSupervisor(Unit unit) => _supervisors.Contains(unit.Id);

    public bool IsReporting(Unit unit) =>
        unit.SupervisorUnitId is not null && !IsSupervisor(unit) && MemberUnitIds(unit).Any(id => _staff.GetValueOrDefault(id) > 0);

    /// <summary>The reporting units, optionally of one bloc and one supervisor, ordered by code.</summary>
    public IReadOnlyList<ReportingUnit> Reporting(string? bloc, string? supervisorUnitId) =>
        ById.Values
            .Where(u => (bloc is null || u.Bloc == bloc) && (supervisorUnitId is null || u.SupervisorUnitId == supervisorUnitId) && IsReporting(u))
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(Describe)
            .ToList();

    /// <summary>The supervisors of <paramref name="units"/>, each once, ordered by code.</summary>
    public IReadOnlyList<ReportingUnit> SupervisorsOf(IEnumerable<ReportingUnit> units) =>
        units.Select(u => u.SupervisorId).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(id => ById.GetValueOrDefault(id)).OfType<Unit>()
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(Describe)
            .ToList();

    public ReportingUnit Describe(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var supervisor = unit.SupervisorUnitId is { } id ? ById.GetValueOrDefault(id) : null;
        var head = unit.HeadUserId is { } headId ? _headUserNames.GetValueOrDefault(headId) : null;
        return new ReportingUnit(unit.Id, unit.Code, unit.Name, unit.Bloc, unit.SupervisorUnitId, supervisor?.Code, supervisor?.Name, head);
    }

    private bool IsDivision(Unit unit) => unit.SupervisorUnitId is null && !IsSupervisor(unit);
}

/// <summary>A unit as campaign activities hand it to workflows.</summary>
public sealed record ReportingUnit(
    string Id, string Code, string Name, string? Bloc, string? SupervisorId, string? SupervisorCode, string? SupervisorName, string? HeadUserName)
{
    /// <summary><c>{ code, name, bloc, blocName, supervisorCode, supervisorName, headUserName }</c>.</summary>
    public System.Text.Json.Nodes.JsonObject ToJson() => new()
    {
        ["code"] = Code,
        ["name"] = Name,
        ["bloc"] = Bloc,
        ["blocName"] = Blocs.DisplayName(Bloc),
        ["supervisorCode"] = SupervisorCode,
        ["supervisorName"] = SupervisorName,
        ["headUserName"] = HeadUserName,
    };
}

/// <summary>A member of staff as <c>CongVu.ListStaff</c> lists them.</summary>
public sealed record StaffMember(string UserName, string FullName, string? JobPosition, string UnitCode)
{
    /// <summary><c>{ userName, fullName, jobPosition, unitCode }</c>.</summary>
    public System.Text.Json.Nodes.JsonObject ToJson() => new()
    {
        ["userName"] = UserName,
        ["fullName"] = FullName,
        ["jobPosition"] = JobPosition,
        ["unitCode"] = UnitCode,
    };
}
