using System.Security.Cryptography;
using CongVu.Host.People.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CongVu.Host.People.Demo;

/// <summary>Adds the demo units and accounts that are missing; never touches an existing unit or user.</summary>
internal sealed class DemoSeeder(PeopleDbContext db, UserManager<AppUser> users, IOptions<DemoOptions> options, ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var unitIds = await SeedUnitsAsync(ct);
        var configured = options.Value.Password;
        var password = configured.Length > 0 ? configured : GeneratePassword();
        var created = new List<string>();
        foreach (var account in DemoOrganisation.Accounts)
        {
            if (await users.FindByNameAsync(account.UserName) is not null) continue;
            var user = new AppUser
            {
                UserName = account.UserName,
                Email = $"{account.UserName}@{DemoOrganisation.MailDomain}",
                EmailConfirmed = true,
                FullName = account.FullName,
                UnitId = account.Unit is { } unit ? unitIds[unit] : null,
                JobPosition = account.JobPosition,
            };
            Ensure(await users.CreateAsync(user, password), account.UserName);
            Ensure(await users.AddToRolesAsync(user, account.Roles), account.UserName);
            if (account.HeadOf is { } headOf && await db.Units.SingleAsync(u => u.Code == headOf, ct) is { HeadUserId: null } headed)
                headed.HeadUserId = user.Id;
            created.Add(account.UserName);
        }
        await db.SaveChangesAsync(ct);
        if (created.Count == 0) return;
        var accounts = string.Join(", ", created);
        // The generated password is shown this once and stored nowhere else; set Demo:Password to choose it instead.
        if (configured.Length == 0) logger.LogWarning("Demo accounts created; password: {Password} (accounts: {Accounts})", password, accounts);
        else logger.LogInformation("Demo accounts created with the configured Demo:Password (accounts: {Accounts})", accounts);
    }

    /// <summary>Creates the missing demo units in list order (parents first) and returns every demo unit's id by code.</summary>
    private async Task<Dictionary<string, string>> SeedUnitsAsync(CancellationToken ct)
    {
        var codes = DemoOrganisation.Units.Select(u => u.Code).ToList();
        var ids = await db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, ct);
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

    private static void Ensure(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo account '{userName}' could not be created (check Demo:Password): "
                + string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
