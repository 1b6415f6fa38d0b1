using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CongVu.Host.People;

/// <summary>Adds the full name and unit to the principal Identity builds at sign-in (and at each security-stamp refresh).</summary>
internal sealed class AppUserClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PeopleClaims.FullName, user.FullName));
        if (user.UnitId is { } unitId) identity.AddClaim(new Claim(PeopleClaims.UnitId, unitId));
        return identity;
    }
}
