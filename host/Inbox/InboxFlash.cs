using Microsoft.AspNetCore.DataProtection;

namespace CongVu.Host.Inbox;

/// <summary>
/// A one-time message shown on the page after a redirect ("Đã ghi nhận: Duyệt"), carried in a short-lived protected
/// cookie so the text cannot be set by a link.
/// </summary>
public sealed class InboxFlash(IDataProtectionProvider protection)
{
    private const string Cookie = "CongVu.Flash";
    private readonly IDataProtector _protector = protection.CreateProtector("CongVu.Inbox.Flash");

    public void Set(HttpContext context, string message) =>
        context.Response.Cookies.Append(Cookie, _protector.Protect(message), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = InboxPaths.Inbox,
            MaxAge = TimeSpan.FromMinutes(2),
        });

    /// <summary>The message, once: reading it deletes the cookie.</summary>
    public string? Take(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(Cookie, out var value)) return null;
        context.Response.Cookies.Delete(Cookie, new CookieOptions { Path = InboxPaths.Inbox });
        try
        {
            return _protector.Unprotect(value);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
