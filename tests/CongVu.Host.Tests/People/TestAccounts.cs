using CongVu.Host.People;
using CongVu.Host.People.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CongVu.Host.Tests.People;

/// <summary>Accounts that test hosts add to a unit, through Identity as the product does.</summary>
internal static class TestAccounts
{
    /// <summary>A new account in the unit with <paramref name="unitCode"/>; with <paramref name="headOfUnit"/> the unit names it as its head.</summary>
    public static async Task<string> CreateAsync(IServiceProvider services, string userName, string fullName, string unitCode, string password,
        bool headOfUnit, params string[] roles)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PeopleDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        var user = new AppUser { UserName = userName, FullName = fullName, UnitId = unit.Id, Email = $"{userName}@congvu.example", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        if (roles.Length > 0) Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        if (headOfUnit)
        {
            unit.HeadUserId = user.Id;
            await db.SaveChangesAsync();
        }
        return user.Id;
    }
}
