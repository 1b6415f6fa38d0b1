using CongVu.Host.Hosting;
using CongVu.Engine.Runtime;
using CongVu.Host.Campaigns.Pages;
using CongVu.Host.Campaigns.Persistence;

namespace CongVu.Host.Campaigns;

/// <summary>
/// Registers campaigns: their tables (migrated at start-up), the store the campaign activities use, the administrators'
/// page (<c>/quan-tri/chien-dich</c>) and the supervisors' dashboard (<c>/giam-sat</c>). The activities themselves are
/// added through <c>AddWorkflowEngine</c>'s callback.
/// </summary>
public static class CampaignsFeature
{
    /// <summary>Call after <c>AddPeople</c>, whose database the campaigns read and whose start-up creates the file.</summary>
    public static IServiceCollection AddCampaigns(this IServiceCollection services, IConfiguration configuration)
    {
        var engine = configuration.GetSection("Engine").Get<EngineOptions>() ?? new EngineOptions();
        if (!engine.IsSqlite) throw new NotSupportedException($"Engine:Provider '{engine.Provider}' is not available for campaigns in this build.");
        services.AddFeatureDatabase<CampaignsDbContext>(engine.ConnectionString, CampaignsDbContext.MigrationsHistoryTable);
        services.AddSingleton<CampaignStore>();
        services.AddSingleton<Organisation>();
        return services;
    }

    /// <summary>Call after <c>MapPeople</c>, which adds the antiforgery middleware the admin form relies on.</summary>
    public static WebApplication MapCampaigns(this WebApplication app)
    {
        app.MapCampaignAdminPage();
        app.MapDashboardPages();
        return app;
    }
}
