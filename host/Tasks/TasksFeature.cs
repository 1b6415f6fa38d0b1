namespace CongVu.Host.Tasks;

/// <summary>Registers human tasks: assignment from the people database and the actions the inbox offers.</summary>
public static class TasksFeature
{
    /// <summary>Call after <c>AddPeople</c>; the UserTask activity itself is added through <c>AddWorkflowEngine</c>'s callback.</summary>
    public static IServiceCollection AddHumanTasks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HumanTaskOptions>(configuration.GetSection(HumanTaskOptions.Section));
        services.AddSingleton<TaskAssignment>();
        services.AddSingleton<TaskActions>();
        return services;
    }
}
