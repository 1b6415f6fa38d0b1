using CongVu.Host.People.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CongVu.Host.People.Import;

/// <summary>What an import did, or why it did nothing.</summary>
public sealed record ImportOutcome(IReadOnlyList<ImportProblem> Problems, int UnitsCreated = 0, int UnitsUpdated = 0, int UsersCreated = 0, int UsersUpdated = 0)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Imports units and staff from the two CSV files: everything is checked first, then written in one transaction, so a
/// single bad row imports nothing. Codes and user names identify rows, so importing the same files again updates in place.
/// Accounts are written in bulk rather than one <c>UserManager</c> call each, so a province (1,500 units, 60,000 staff)
/// loads in seconds.
/// </summary>
public sealed class PeopleImporter(PeopleDbContext db, UserManager<AppUser> users)
{
    /// <summary>The admin page's upload: either file may be missing, not both.</summary>
    public async Task<ImportOutcome> ImportAsync(IFormFile? unitsFile, IFormFile? staffFile, CancellationToken ct)
    {
        if (unitsFile is null && staffFile is null) return NothingChosen();
        var problems = new List<ImportProblem>();
        var unitRows = unitsFile is null ? [] : await CsvTable.ReadAsync(unitsFile, UnitRows.File, UnitRows.Columns, problems, ct);
        var staffRows = staffFile is null ? [] : await CsvTable.ReadAsync(staffFile, StaffRows.File, StaffRows.Columns, problems, ct);
        return await ImportRowsAsync(unitRows, staffRows, problems, ct);
    }

    /// <summary>The same import from CSV text (the benchmark, scripts); null skips that file.</summary>
    public async Task<ImportOutcome> ImportAsync(string? unitsCsv, string? staffCsv, CancellationToken ct)
    {
        if (unitsCsv is null && staffCsv is null) return NothingChosen();
        var problems = new List<ImportProblem>();
        var unitRows = unitsCsv is null ? [] : CsvTable.Read(unitsCsv, UnitRows.File, UnitRows.Columns, problems);
        var staffRows = staffCsv is null ? [] : CsvTable.Read(staffCsv, StaffRows.File, StaffRows.Columns, problems);
        return await ImportRowsAsync(unitRows, staffRows, problems, ct);
    }

    private static ImportOutcome NothingChosen() => new([new ImportProblem("", 0, null, "Vui lòng chọn ít nhất một tệp CSV.")]);

    private async Task<ImportOutcome> ImportRowsAsync(IReadOnlyList<CsvRow> unitRows, IReadOnlyList<CsvRow> staffRows, List<ImportProblem> problems, CancellationToken ct)
    {
        var stored = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code, u.ParentUnitId, u.Bloc }).ToListAsync(ct);
        var codeOf = stored.ToDictionary(u => u.Id, u => u.Code, StringComparer.Ordinal);
        var storedUnits = stored.ToDictionary(u => u.Code, u => new StoredUnit(u.ParentUnitId is { } p ? codeOf[p] : null, u.Bloc), StringComparer.Ordinal);
        var units = UnitRows.Check(unitRows, storedUnits, problems);
        // Staff rows are checked against every code the units file names, so one bad unit row is reported once, not per person.
        var codes = storedUnits.Keys.Concat(unitRows.Select(r => r[UnitRows.Code]).Where(c => c.Length > 0)).ToHashSet(StringComparer.Ordinal);
        var staff = StaffRows.Check(staffRows, codes, problems);
        if (problems.Count > 0) return new(problems);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (unitsCreated, unitsUpdated, unitIds) = await ImportUnitsAsync(units, ct);
        var (usersCreated, usersUpdated) = await ImportStaffAsync(staff, unitIds, ct);
        await transaction.CommitAsync(ct);
        return new([], unitsCreated, unitsUpdated, usersCreated, usersUpdated);
    }

    /// <summary>New units first without links (any order in the file), then every row's parent and supervisor.</summary>
    private async Task<(int Created, int Updated, Dictionary<string, Unit> ByCode)> ImportUnitsAsync(IReadOnlyList<UnitEntry> entries, CancellationToken ct)
    {
        var byCode = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        var created = 0;
        foreach (var entry in entries)
        {
            if (!byCode.TryGetValue(entry.Code, out var unit))
            {
                unit = new Unit { Code = entry.Code };
                db.Units.Add(unit);
                byCode[entry.Code] = unit;
                created++;
            }
            unit.Name = entry.Name;
            unit.Bloc = entry.Bloc;
        }
        await db.SaveChangesAsync(ct);
        foreach (var entry in entries)
        {
            var unit = byCode[entry.Code];
            unit.ParentUnitId = entry.ParentCode is { } parent ? byCode[parent].Id : null;
            unit.SupervisorUnitId = entry.SupervisorCode is { } supervisor ? byCode[supervisor].Id : null;
        }
        await db.SaveChangesAsync(ct);
        return (created, entries.Count - created, byCode);
    }

    /// <summary>
    /// Stored accounts are updated through EF (only those that change); new ones and their roles go in by
    /// <see cref="BulkInsert"/>, sharing one unknown password hash.
    /// </summary>
    private async Task<(int Created, int Updated)> ImportStaffAsync(IReadOnlyList<StaffEntry> entries, Dictionary<string, Unit> units, CancellationToken ct)
    {
        if (entries.Count == 0) return (0, 0);
        // Read untracked in one query each (a province is some tens of thousands of rows); only changed accounts get attached.
        var existing = await db.Users.AsNoTracking().Where(u => u.NormalizedUserName != null).ToDictionaryAsync(u => u.NormalizedUserName!, StringComparer.Ordinal, ct);
        var links = (await db.UserRoles.AsNoTracking().ToListAsync(ct)).ToLookup(l => l.UserId, StringComparer.Ordinal);
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, StringComparer.Ordinal, ct);
        var roleNames = roleIds.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        var headed = units.Values.Where(u => u.HeadUserId is not null).ToLookup(u => u.HeadUserId!, StringComparer.Ordinal);
        var accounts = new NewAccounts(users);
        // One unknown password for the whole import: nobody learns it, and hashing one per account would take minutes.
        var unknownPassword = entries.Any(e => !existing.ContainsKey(users.NormalizeName(e.UserName))) ? accounts.UnknownPasswordHash() : "";
        var created = new List<AppUser>();
        var newLinks = new List<IdentityUserRole<string>>();
        foreach (var entry in entries)
        {
            var unitId = units[entry.UnitCode].Id;
            if (existing.TryGetValue(users.NormalizeName(entry.UserName), out var user))
            {
                Update(user, entry, unitId);
                var current = links[user.Id].ToList();
                foreach (var link in current.Where(l => StaffRows.ImportedRoles.Contains(roleNames[l.RoleId]) && !entry.Roles.Contains(roleNames[l.RoleId])))
                    db.UserRoles.Remove(link);
                var held = current.Select(l => roleNames[l.RoleId]).ToHashSet(StringComparer.Ordinal);
                db.UserRoles.AddRange(Links(user, entry.Roles.Where(r => !held.Contains(r))));
            }
            else
            {
                user = accounts.Create(entry.UserName, entry.FullName, entry.Email, unitId, entry.JobPosition, unknownPassword);
                created.Add(user);
                newLinks.AddRange(Links(user, entry.Roles));
            }
            foreach (var unit in headed[user.Id].Where(u => u.HeadUserId == user.Id)) unit.HeadUserId = null;
            if (entry.Roles.Contains(Roles.UnitHead)) units[entry.UnitCode].HeadUserId = user.Id;
        }
        await BulkInsert.InsertAsync(db, created, ct);
        await BulkInsert.InsertAsync(db, newLinks, ct);
        await db.SaveChangesAsync(ct);
        return (created.Count, entries.Count - created.Count);

        IEnumerable<IdentityUserRole<string>> Links(AppUser user, IEnumerable<string> roles) =>
            roles.Select(r => new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[r] });
    }

    /// <summary>Copies the row onto a stored account; an unchanged account is not written (importing the same file again is cheap).</summary>
    private void Update(AppUser user, StaffEntry entry, string unitId)
    {
        var email = entry.Email is null ? null : users.NormalizeEmail(entry.Email);
        if (user.FullName == entry.FullName && user.Email == entry.Email && user.NormalizedEmail == email && user.EmailConfirmed == (entry.Email is not null)
            && user.UnitId == unitId && user.JobPosition == entry.JobPosition) return;
        // The request may already track this account (the administrator importing their own row).
        if (db.Users.Local.FindEntry(user.Id)?.Entity is { } tracked) user = tracked;
        else db.Users.Attach(user);
        user.FullName = entry.FullName;
        user.Email = entry.Email;
        user.NormalizedEmail = email;
        user.EmailConfirmed = entry.Email is not null;
        user.UnitId = unitId;
        user.JobPosition = entry.JobPosition;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }
}
