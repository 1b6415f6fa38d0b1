using CongVu.Host.Studio;
using Microsoft.AspNetCore.Authentication;

namespace CongVu.Host.Auth;

/// <summary>
/// The "Admin" policy guarding <c>/elsa/api</c>: the long-lived admin API key, or the short-lived
/// token a studio page hands to Elsa Studio, with the Admin role either way.
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
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName, StudioTokenAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireRole(Role));
        return services;
    }
}
