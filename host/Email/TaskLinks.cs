using System.Security.Cryptography;
using CongVu.Engine.Scheduling.Time;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Email;

/// <summary>
/// Signed links that open one task for one person, put in e-mails: <c>{Email:BaseUrl}/cong-viec/{taskId}?t={token}</c>.
/// <para>
/// Contract for the endpoint that consumes them (<c>GET /cong-viec/{taskId}</c>, the inbox): call
/// <see cref="Validate"/> with the <c>t</c> query value and the route's task id. A result names the user to sign in
/// (then redirect to the same path without <c>t</c>, so the token leaves the address bar and history); null means the
/// token is forged, expired, made for another task or for another purpose: treat the request as anonymous (sign-in page).
/// The endpoint still checks that the user exists, is not locked out and may see the task; the token only proves identity.
/// </para>
/// <para>
/// Tokens are ASP.NET Core Data Protection payloads (purpose <see cref="Purpose"/>, time-limited), so they share the
/// persistent key ring and survive restarts; a token is a bearer credential until it expires
/// (<c>Email:LinkLifetimeHours</c>, default 72), including after use.
/// </para>
/// </summary>
public sealed class TaskLinks
{
    /// <summary>The Data Protection purpose; tokens of any other purpose (cookies, antiforgery, studio) are refused.</summary>
    public const string Purpose = "task-link";

    /// <summary>The browser path of a task, shared with the inbox.</summary>
    public const string TaskPath = "/cong-viec/";

    private readonly ITimeLimitedDataProtector _protector;
    private readonly IOptions<EmailOptions> _options;
    private readonly IClock _clock;

    public TaskLinks(IDataProtectionProvider protection, IOptions<EmailOptions> options, IClock clock)
    {
        _protector = protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();
        _options = options;
        _clock = clock;
    }

    /// <summary>When a link created now stops working.</summary>
    public DateTimeOffset ExpiresAt => _clock.UtcNow.AddHours(_options.Value.LinkLifetimeHours);

    /// <summary>The absolute link for <paramref name="userId"/> to open <paramref name="taskId"/>.</summary>
    public string Create(string userId, string taskId) =>
        $"{_options.Value.BaseUrl.TrimEnd('/')}{TaskPath}{Uri.EscapeDataString(taskId)}?t={CreateToken(userId, taskId)}";

    /// <summary>The token alone (URL-safe base64).</summary>
    public string CreateToken(string userId, string taskId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        if (userId.Contains('\n', StringComparison.Ordinal) || taskId.Contains('\n', StringComparison.Ordinal))
            throw new ArgumentException("Ids cannot contain line breaks.");
        return _protector.Protect($"{userId}\n{taskId}", ExpiresAt);
    }

    /// <summary>The user a token was made for, or null when it is forged, expired, or for another task or purpose.</summary>
    public TaskLinkClaims? Validate(string? token, string taskId)
    {
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(taskId)) return null;
        string text;
        DateTimeOffset expiresAt;
        try
        {
            text = _protector.Unprotect(token, out expiresAt);
        }
        catch (CryptographicException)
        {
            return null;
        }
        // The protector checks expiry against the system clock; this checks it against the engine's clock too (tests move it).
        if (expiresAt <= _clock.UtcNow) return null;
        var parts = text.Split('\n');
        return parts.Length == 2 && parts[0].Length > 0 && string.Equals(parts[1], taskId, StringComparison.Ordinal)
            ? new TaskLinkClaims(parts[0], parts[1], expiresAt)
            : null;
    }
}

/// <summary>What a valid task link proves: this user may be signed in to open this task, until <paramref name="ExpiresAt"/>.</summary>
public sealed record TaskLinkClaims(string UserId, string TaskId, DateTimeOffset ExpiresAt);
