using System.Globalization;
using System.Threading.RateLimiting;
using CongVu.Host.Inbox;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Complaints;

/// <summary>
/// Per-client-IP fixed windows on the public pages: posts of the form (default 5 per 10 minutes) and lookups with
/// supplement uploads (60 per 10 minutes). Refusals are a Vietnamese 429 page with Retry-After. The IP is the connection's:
/// behind a reverse proxy, configure ASP.NET Core's forwarded headers so it is the citizen's, not the proxy's.
/// </summary>
public static class ComplaintRateLimits
{
    public const string Submit = "phan-anh-gui";
    public const string Lookup = "phan-anh-tra-cuu";

    public static IServiceCollection AddComplaintRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.AddPolicy<string, SubmitPolicy>(Submit);
            o.AddPolicy<string, LookupPolicy>(Lookup);
        });

    internal static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    internal static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var minutes = Math.Max(1, (int)Math.Ceiling(retry.TotalMinutes));
        var page = NoticePage.Render(context, "Gửi quá nhiều yêu cầu",
            $"Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau khoảng {minutes} phút. Phản ánh đã gửi trước đó vẫn được giữ nguyên.",
            StatusCodes.Status429TooManyRequests, (ComplaintPaths.Lookup, "Tra cứu phản ánh"));
        await page.ExecuteAsync(context);
    }

    private abstract class PerClientPolicy(int permits, int minutes) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            RateLimitPartition.GetFixedWindowLimiter(ClientKey(httpContext), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, permits),
                Window = TimeSpan.FromMinutes(Math.Max(1, minutes)),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    }

    private sealed class SubmitPolicy(IOptions<ComplaintOptions> options)
        : PerClientPolicy(options.Value.SubmitPermitLimit, options.Value.SubmitWindowMinutes);

    private sealed class LookupPolicy(IOptions<ComplaintOptions> options)
        : PerClientPolicy(options.Value.LookupPermitLimit, options.Value.LookupWindowMinutes);
}
