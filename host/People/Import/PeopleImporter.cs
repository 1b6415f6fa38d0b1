using System.Collections.Concurrent;
using System.Security.Cryptography;
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
/// </summary>
public sealed class PeopleImporter(PeopleDbContext db, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher)
{
    public async Task<ImportOutcome> ImportAsync(IFormFile? unitsFile, IFormFile? staffFile, CancellationToken ct)
    {
        var problems = new List<ImportProblem>();
        if (unitsFile is null && staffFile is null) return new([new ImportProblem("", 0, null, "Vui lòng chọn ít nhất một tệp CSV.")]);
        var unitRows = unitsFile is null ? [] : await CsvTable.ReadAsync(unitsFile, UnitRows.File, UnitRows.Columns, problems, ct);
        var staffRows = staffFile is null ? [] : await CsvTable.ReadAsync(staffFile, StaffRows.File, StaffRows.Columns, problems, ct);

        var stored = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code, u.ParentUnitId }).ToListAsync(ct);
        var codeOf = stored.ToDictionary(u => u.Id, u => u.Code, StringComparer.Ordinal);
        var storedParents = stored.ToDictionary(u => u.Code, u => u.ParentUnitId is { } p ? codeOf[p] : null, StringComparer.Ordinal);
        var units = UnitRows.Check(unitRows, storedParents, problems);
        // Staff rows are checked against every code the units file names, so one bad unit row is reported once, not per person.
        var codes = storedParents.Keys.Concat(unitRows.Select(r => r[UnitRows.Code]).Where(c => c.Length > 0)).ToHashSet(StringComparer.Ordinal);
        var staff = StaffRows.Check(staffRows, codes, problems);
        if (problems.Count > 0) return new(problems);

        var names = staff.Select(s => (string?)users.NormalizeName(s.UserName)).ToList();
        var existing = await db.Users.Where(u => names.Contains(u.NormalizedUserName)).ToDictionaryAsync(u => u.NormalizedUserName!, StringComparer.Ordinal, ct);
        var hashes = HashNewPasswords(staff.Where(s => !existing.ContainsKey(users.NormalizeName(s.UserName))), ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (unitsCreated, unitsUpdated, unitIds) = await ImportUnitsAsync(units, ct);
        var (usersCreated, usersUpdated) = await ImportStaffAsync(staff, existing, hashes, unitIds, problems, ct);
        if (problems.Count > 0) return new(problems);
        await db.SaveChangesAsync(ct);
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

    private async Task<(int Created, int Updated)> ImportStaffAsync(IReadOnlyList<StaffEntry> entries, Dictionary<string, AppUser> existing,
        IReadOnlyDictionary<string, string> hashes, Dictionary<string, Unit> units, List<ImportProblem> problems, CancellationToken ct)
    {
        var created = 0;
        foreach (var entry in entries)
        {
            var isNew = !existing.TryGetValue(users.NormalizeName(entry.UserName), out var user);
            user ??= new AppUser { UserName = entry.UserName, PasswordHash = hashes[entry.UserName] };
            user.FullName = entry.FullName;
            user.Email = entry.Email;
            user.EmailConfirmed = entry.Email is not null;
            user.UnitId = units[entry.UnitCode].Id;
            user.JobPosition = entry.JobPosition;
            if (!Check(isNew ? await users.CreateAsync(user) : await users.UpdateAsync(user), entry, problems)) return (0, 0);
            if (isNew) created++;
            var current = await users.GetRolesAsync(user);
            var remove = current.Intersect(StaffRows.ImportedRoles).Except(entry.Roles).ToList();
            var add = entry.Roles.Except(current).ToList();
            if (remove.Count > 0 && !Check(await users.RemoveFromRolesAsync(user, remove), entry, problems)) return (0, 0);
            if (add.Count > 0 && !Check(await users.AddToRolesAsync(user, add), entry, problems)) return (0, 0);
            foreach (var headed in units.Values.Where(u => u.HeadUserId == user.Id)) headed.HeadUserId = null;
            if (entry.Roles.Contains(Roles.UnitHead)) units[entry.UnitCode].HeadUserId = user.Id;
        }
        return (created, entries.Count - created);
    }

    private static bool Check(IdentityResult result, StaffEntry entry, List<ImportProblem> problems)
    {
        if (result.Succeeded) return true;
        var codes = string.Join(", ", result.Errors.Select(e => e.Code));
        problems.Add(new ImportProblem(StaffRows.File, entry.Line, StaffRows.UserName, $"Không lưu được tài khoản “{entry.UserName}” (mã lỗi: {codes})."));
        return false;
    }

    /// <summary>
    /// New accounts get a random password nobody is told (they sign in through e-mailed task links or an administrator's
    /// reset); hashing is slow on purpose, so it runs on every core before the transaction starts.
    /// </summary>
    private ConcurrentDictionary<string, string> HashNewPasswords(IEnumerable<StaffEntry> entries, CancellationToken ct)
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var hashes = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var template = new AppUser();
        Parallel.ForEach(entries, new ParallelOptions { CancellationToken = ct },
            entry => hashes[entry.UserName] = hasher.HashPassword(template, RandomNumberGenerator.GetString(alphabet, 22) + "7"));
        return hashes;
    }
}
