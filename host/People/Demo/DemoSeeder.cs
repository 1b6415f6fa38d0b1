using System.Diagnostics;
using System.Security.Cryptography;
using CongVu.Host.People.Import;
using CongVu.Host.People.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CongVu.Host.People.Demo;

/// <summary>
/// Adds the demo units and accounts that are missing, in one transaction; never touches an existing unit or user. The shared
/// password is hashed once for all accounts: hashing it per account would take several seconds for the few hundred of them.
/// </summary>
internal sealed class DemoSeeder(PeopleDbContext db, UserManager<AppUser> users, IOptions<DemoOptions> options, ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var unitIds = await SeedUnitsAsync(ct);
        var existing = (await db.Users.Select(u => u.NormalizedUserName!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var missing = DemoOrganisation.Accounts.Where(a => !existing.Contains(users.NormalizeName(a.UserName))).ToList();
        if (missing.Count == 0)
        {
            await transaction.CommitAsync(ct);
            return;
        }

        var configured = options.Value.Password;
        var password = configured.Length > 0 ? configured : GeneratePassword();
        var accounts = new NewAccounts(users);
        var valid = await accounts.ValidatePasswordAsync(password);
        if (!valid.Succeeded)
            throw new InvalidOperationException("Demo accounts could not be created (check Demo:Password): " + string.Join(" ", valid.Errors.Select(e => e.Description)));
        var hash = accounts.Hash(password);
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, StringComparer.Ordinal, ct);
        var units = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        foreach (var account in missing)
        {
            var user = accounts.Create(account.UserName, account.FullName, $"{account.UserName}@{DemoOrganisation.MailDomain}",
                account.Unit is { } unit ? unitIds[unit] : null, account.JobPosition, hash);
            db.Users.Add(user);
            db.UserRoles.AddRange(account.Roles.Select(r => new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[r] }));
            if (account.HeadOf is { } headOf && units[headOf] is { HeadUserId: null } headed) headed.HeadUserId = user.Id;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        var shown = string.Join(", ", missing.Take(8).Select(a => a.UserName));
        var names = missing.Count > 8 ? $"{missing.Count}: {shown}, …" : shown;
        // The generated password is shown this once and stored nowhere else; set Demo:Password to choose it instead.
        if (configured.Length == 0) logger.LogWarning("Demo accounts created; password: {Password} (accounts: {Accounts}; {Milliseconds} ms)", password, names, clock.ElapsedMilliseconds);
        else logger.LogInformation("Demo accounts created with the configured Demo:Password (accounts: {Accounts}; {Milliseconds} ms)", names, clock.ElapsedMilliseconds);
    }

    /// <summary>Creates the missing demo units in list order (parents first) and returns every demo unit's id by code.</summary>
    private async Task<Dictionary<string, string>> SeedUnitsAsync(CancellationToken ct)
    {
        var codes = DemoOrganisation.Units.Select(u => u.Code).ToList();
        var ids = await db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        foreach (var demo in DemoOrganisation.Units.Where(u => !ids.ContainsKey(u.Code)))
        {
            var unit = new Unit
            {
                Code = demo.Code,
                Name = demo.Name,
                Bloc = demo.Bloc,
                ParentUnitId = demo.Parent is { } parent ? ids[parent] : null,
                SupervisorUnitId = demo.Supervisor is { } supervisor ? ids[supervisor] : null,
            };
            db.Units.Add(unit);
            ids[demo.Code] = unit.Id;
        }
        await db.SaveChangesAsync(ct);
        return ids;
    }

    /// <summary>20 characters from a 56-character alphabet without look-alikes (about 116 bits), always with a digit.</summary>
    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        while (true)
        {
            var password = RandomNumberGenerator.GetString(alphabet, 20);
            if (password.Any(char.IsAsciiDigit)) return password;
        }
    }
}
