using System.Security.Claims;
using CongVu.Host.People;

namespace CongVu.Host.Inbox;

/// <summary>Who is asking, from the sign-in cookie's claims (no database read).</summary>
internal static class InboxUser
{
    public static string? Id(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string? UnitId(ClaimsPrincipal user) => user.FindFirstValue(PeopleClaims.UnitId);

    public static bool IsSignedIn(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && Id(user) is not null;
}
