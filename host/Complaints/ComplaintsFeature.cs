using CongVu.Host.Hosting;
using CongVu.Engine.Activities;
using CongVu.Engine.Runtime;
using CongVu.Host.Complaints.Activities;
using CongVu.Host.Complaints.Pages;
using CongVu.Host.Complaints.Persistence;
using CongVu.Host.Tasks;

namespace CongVu.Host.Complaints;

/// <summary>
/// Registers complaint handling: the cases' tables, the public pages (/phan-anh, /phan-anh/tra-cuu, /phan-anh/ket-qua), the
/// staff pages (/phan-anh/nhap, /phan-anh/quan-ly), the task guard and the activities of the "Phản ánh, kiến nghị" category.
/// </summary>
public static class ComplaintsFeature
{
    /// <summary>Call after <c>AddPeople</c>, <c>AddEmail</c>, <c>AddHumanTasks</c> and <c>AddInbox</c>, whose services it uses.</summary>
    public static IServiceCollection AddComplaints(this IServiceCollection services, IConfiguration configuration)
    {
        var engine = configuration.GetSection("Engine").Get<EngineOptions>() ?? new EngineOptions();
        services.AddFeatureDatabase<ComplaintsDbContext>(engine.ConnectionString, ComplaintsDbContext.MigrationsHistoryTable);
        services.Configure<ComplaintOptions>(configuration.GetSection(ComplaintOptions.Section));
        services.AddSingleton<ComplaintStore>();
        services.AddSingleton<ComplaintUnits>();
        services.AddSingleton<ComplaintTimeLimits>();
        services.AddSingleton<ComplaintViews>();
        services.AddSingleton<ComplaintAccess>();
        services.AddSingleton<ComplaintIntake>();
        services.AddSingleton<ComplaintUploads>();
        services.AddSingleton<ComplaintStatisticsQuery>();
        services.AddSingleton<ReporterMail>();
        services.AddSingleton<ITaskOutcomeGuard, ComplaintTaskGuard>();
        services.AddSingleton<LookupView>();
        services.AddSingleton<CaseView>();
        services.AddComplaintRateLimits();
        return services;
    }

    /// <summary>The activities, for <c>AddWorkflowEngine</c>'s registry callback.</summary>
    public static ActivityRegistry AddComplaintActivities(this ActivityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.Add<UpdateComplaint>().Add<RequestSupplement>().Add<ExtendComplaint>().Add<PublishComplaint>()
            .Add<NotifyReporter>().Add<ComplaintStatistics>().Add<ComplaintClassificationForm>();
    }

    /// <summary>Call after <c>MapPeople</c> (antiforgery); adds the rate limiter the public pages use.</summary>
    public static WebApplication MapComplaints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        app.MapPublicForm();
        app.MapLookup();
        app.MapResults();
        app.MapStaffEntry();
        app.MapCaseList();
        app.MapCasePage();
        return app;
    }
}
