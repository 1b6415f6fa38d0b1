using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace CongVu.Host.People.Import;

/// <summary>
/// Builds accounts with the fields <c>UserManager.CreateAsync</c> would set, for bulk inserts of hundreds or tens of thousands
/// of people: no per-user queries, and a password hash computed once by the caller and shared (PBKDF2 is slow on purpose).
/// </summary>
internal sealed class NewAccounts(UserManager<AppUser> users)
{
    public AppUser Create(string userName, string fullName, string? email, string? unitId, string? jobPosition, string passwordHash) => new()
    {
        // Time-ordered ids (like units') append to the primary-key index instead of splitting pages all over it.
        Id = Guid.CreateVersion7().ToString(),
        UserName = userName,
        NormalizedUserName = users.NormalizeName(userName),
        Email = email,
        NormalizedEmail = email is null ? null : users.NormalizeEmail(email),
        EmailConfirmed = email is not null,
        FullName = fullName,
        UnitId = unitId,
        JobPosition = jobPosition,
        PasswordHash = passwordHash,
        SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)),
        LockoutEnabled = users.Options.Lockout.AllowedForNewUsers,
    };

    /// <summary>
    /// The hash of a random password that is thrown away at once: the accounts it is given to cannot sign in with a password
    /// until an administrator sets one, but open their tasks from the signed links in their e-mails.
    /// </summary>
    public string UnknownPasswordHash()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return users.PasswordHasher.HashPassword(new AppUser(), RandomNumberGenerator.GetString(alphabet, 32));
    }

    /// <summary>Checks a chosen password against the configured rules once, before it is hashed for many accounts.</summary>
    public async Task<IdentityResult> ValidatePasswordAsync(string password)
    {
        var probe = new AppUser();
        foreach (var validator in users.PasswordValidators)
            if (await validator.ValidateAsync(users, probe, password) is { Succeeded: false } refused) return refused;
        return IdentityResult.Success;
    }

    public string Hash(string password) => users.PasswordHasher.HashPassword(new AppUser(), password);
}
