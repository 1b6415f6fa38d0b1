using CongVu.Host.Files;
using CongVu.Host.People.Import;

namespace CongVu.Host.Inbox;

/// <summary>
/// Registers the inbox (<c>/cong-viec</c>), the task pages and their actions, uploads and downloads (<c>/tep</c>), and the
/// administrators' CSV import of units and staff (<c>/quan-tri/nhap-du-lieu</c>), all server-rendered pages.
/// </summary>
public static class InboxFeature
{
    /// <summary>Call after <c>AddPeople</c>, <c>AddEmail</c> and <c>AddHumanTasks</c>, whose services the pages use.</summary>
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddSingleton<InboxDatabase>();
        services.AddSingleton<InboxQueries>();
        services.AddSingleton<InboxDirectory>();
        services.AddSingleton<InboxTime>();
        services.AddSingleton<InboxFlash>();
        services.AddSingleton<TaskPages>();
        services.AddFiles();
        services.AddPeopleImport();
        return services;
    }

    /// <summary>Call after <c>MapPeople</c>, which adds the antiforgery middleware the forms rely on.</summary>
    public static WebApplication MapInbox(this WebApplication app)
    {
        app.MapInboxPage();
        app.MapTaskPage();
        app.MapTaskAssignment();
        app.MapFiles();
        app.MapPeopleImport();
        return app;
    }
}
