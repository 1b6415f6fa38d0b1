using CongVu.Host.People.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CongVu.Host.People;

/// <summary>ASP.NET Core Identity with the sign-in cookie; leaves the API key as the default scheme and its "Admin" policy untouched.</summary>
internal static class PeopleAuthentication
{
    public static IServiceCollection AddPeopleAuthentication(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(o =>
            {
                // The hand-written migration creates schema version 1; a later version (passkeys) needs its own migration.
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version1;
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PeopleDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>();

        // All Identity cookie schemes, because SignInManager.SignOutAsync signs out of the external and two-factor ones too.
        services.AddAuthentication().AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "CongVu.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = PeoplePaths.Login;
            o.LogoutPath = PeoplePaths.Logout;
            o.AccessDeniedPath = PeoplePaths.AccessDenied;
            o.ReturnUrlParameter = "returnUrl";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(PeoplePolicies.StudioAdmin, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser()
                .RequireRole(Roles.Admin))
            .AddPolicy(PeoplePolicies.SignedIn, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser());
        return services;
    }
}
