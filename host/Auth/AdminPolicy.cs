using Microsoft.AspNetCore.Authentication;

namespace CongVu.Host.Auth;

/// <summary>
/// The "Admin" policy guarding <c>/elsa/api</c>. It lists its authentication schemes explicitly, so a
/// short-lived Bearer token scheme (for the studio) can be added later beside the API key.
/// </summary>
public static class AdminPolicy
{
    public const string Name = "Admin";
    public const string Role = "Admin";

    public static IServiceCollection AddAdminAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AdminAuthOptions>(configuration.GetSection(AdminAuthOptions.Section));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Name, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(Role));
        return services;
    }
}
