using CongVu.Host.Descriptors;
using CongVu.Engine.Runtime;
using CongVu.Host.People.Demo;
using CongVu.Host.People.Pages;
using CongVu.Host.People.Persistence;

namespace CongVu.Host.People;

/// <summary>Registers people: accounts and roles (ASP.NET Core Identity), units, the sign-in cookie and the sign-in pages.</summary>
public static class PeopleFeature
{
    /// <summary>Call after <c>AddWorkflowEngine</c> (whose start-up creates the database file) and before anything that reads accounts.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services, IConfiguration configuration)
    {
        // Same database file as the engine: one connection string to configure, one file to back up.
        var engine = configuration.GetSection("Engine").Get<EngineOptions>() ?? new EngineOptions();
        if (!engine.IsSqlite) throw new NotSupportedException($"Engine:Provider '{engine.Provider}' is not available for people in this build.");
        services.AddDbContextFactory<PeopleDbContext>(db => PeopleDatabase.Configure(db, engine.ConnectionString));
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.AddPeopleAuthentication();
        services.AddAntiforgery();
        services.AddSingleton<PageLayout>();
        services.AddScoped<DemoSeeder>();
        services.Configure<FirstAdministratorOptions>(configuration.GetSection(FirstAdministratorOptions.Section));
        services.AddScoped<FirstAdministrator>();
        services.AddSingleton<IInputOptionsSource, UnitOptionsSource>();
        services.AddSingleton<IInputOptionsSource, RoleOptionsSource>();
        services.AddHostedService<PeopleStartup>();
        return services;
    }

    /// <summary>Maps the pages; call after <c>UseAuthorization</c>, because it also adds the antiforgery check, which must see the signed-in user.</summary>
    public static WebApplication MapPeople(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapLoginPage();
        app.MapAccessDeniedPage();
        app.MapHomePage();
        app.MapUsersPage();
        return app;
    }
}
