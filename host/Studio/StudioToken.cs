using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Studio;

/// <summary>
/// Short-lived credentials that studio pages hand to Elsa Studio (its <c>access-token</c> attribute),
/// so the long-lived admin API key is never written into a page. Protected and time-limited by
/// ASP.NET Core Data Protection; they carry the user name and roles.
/// </summary>
public sealed class StudioToken(IDataProtectionProvider protection, IOptions<StudioOptions> options, TimeProvider time)
{
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("CongVu.Studio.Token").ToTimeLimitedDataProtector();

    public TimeSpan Lifetime => TimeSpan.FromMinutes(options.Value.TokenMinutes);

    public string Issue(ClaimsPrincipal user)
    {
        var name = user.Identity?.Name ?? throw new InvalidOperationException("Only a signed-in user gets a studio token.");
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value);
        return _protector.Protect($"{name}\n{string.Join(',', roles)}", time.GetUtcNow() + Lifetime);
    }

    /// <summary>The principal the token stands for, or null when it is forged or expired.</summary>
    public ClaimsPrincipal? Validate(string token, string scheme)
    {
        try
        {
            var parts = _protector.Unprotect(token, out var expiration).Split('\n');
            if (expiration <= time.GetUtcNow() || parts.Length != 2) return null;
            var claims = new List<Claim> { new(ClaimTypes.Name, parts[0]) };
            claims.AddRange(parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r)));
            return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
