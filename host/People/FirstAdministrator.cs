using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CongVu.Host.People;

/// <summary>
/// Settings of the "FirstAdmin" section: the account created at start-up when no administrator exists yet,
/// so a production install (demo off) can be administered. Give the password only through the environment
/// (<c>FirstAdmin__Password</c>); it is used once and never logged.
/// </summary>
public sealed class FirstAdministratorOptions
{
    public const string Section = "FirstAdmin";

    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string FullName { get; set; } = "Quản trị hệ thống";
    public string Email { get; set; } = "";
}

/// <summary>Creates the first administrator when none exists and the "FirstAdmin" settings name one; otherwise does nothing.</summary>
internal sealed class FirstAdministrator(UserManager<AppUser> users, IOptions<FirstAdministratorOptions> options, ILogger<FirstAdministrator> logger)
{
    public async Task EnsureAsync()
    {
        var o = options.Value;
        if (o.UserName.Length == 0 || o.Password.Length == 0) return;
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0) return;
        var user = await users.FindByNameAsync(o.UserName);
        if (user is null)
        {
            user = new AppUser { UserName = o.UserName, FullName = o.FullName, Email = o.Email.Length > 0 ? o.Email : null, EmailConfirmed = o.Email.Length > 0 };
            Ensure(await users.CreateAsync(user, o.Password), o.UserName);
        }
        Ensure(await users.AddToRoleAsync(user, Roles.Admin), o.UserName);
        logger.LogWarning("First administrator '{UserName}' created; remove FirstAdmin__Password from the environment.", o.UserName);
    }

    private static void Ensure(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"The first administrator '{userName}' could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
