using CongVu.Engine.Activities;
using CongVu.Engine.Execution;
using CongVu.Engine.Expressions;
using CongVu.Engine.Persistence;
using CongVu.Engine.Runtime;
using CongVu.Engine.Scheduling.Time;
using CongVu.Engine.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CongVu.Engine;

/// <summary>Registers the workflow engine: store, runtime, scheduler and the built-in activities.</summary>
public static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, IConfiguration configuration, Action<ActivityRegistry>? activities = null)
    {
        services.Configure<EngineOptions>(configuration.GetSection("Engine"));
        // Bound by hand: the binder appends configured weekend days to the defaults instead of replacing them.
        services.AddSingleton(Options.Create(TimeOptions.FromConfiguration(configuration)));
        var options = configuration.GetSection("Engine").Get<EngineOptions>() ?? new EngineOptions();

        services.AddPooledDbContextFactory<EngineDbContext>(db =>
        {
            if (options.IsSqlite) db.UseSqlite(options.ConnectionString).AddInterceptors(new SqlitePragmaInterceptor());
            else throw new NotSupportedException($"Engine:Provider '{options.Provider}' is not available in this build.");
            // Migrations are hand-written (the design-time tools do not install here), so there is no model snapshot to compare.
            db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        services.AddSingleton(new StoreWriteGate(serialize: options.IsSqlite));
        services.AddSingleton<EfWorkflowStore>();
        services.AddSingleton<IWorkflowStore>(sp => sp.GetRequiredService<EfWorkflowStore>());
        services.AddSingleton<ITaskStore>(sp => sp.GetRequiredService<EfWorkflowStore>());
        services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<EfWorkflowStore>());
        services.TryAddSingleton<IHumanTaskNotifier, SilentTaskNotifier>();
        services.AddSingleton<TaskNotifications>();

        var registry = new ActivityRegistry().AddFromAssembly(typeof(Activity).Assembly);
        activities?.Invoke(registry);
        services.AddSingleton(registry);
        services.AddExpressions();
        services.TryAddSingleton<IClock, SystemClock>();
        services.AddSingleton<StoredCalendarSource>();
        services.AddSingleton<IWorkingCalendarSource>(sp => sp.GetRequiredService<StoredCalendarSource>());
        services.AddSingleton(sp => new EngineEnvironment(
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<IOptions<TimeOptions>>().Value.ResolveTimeZone(),
            sp.GetRequiredService<ExpressionEvaluatorRegistry>(),
            sp.GetRequiredService<IWorkingCalendarSource>(),
            sp));
        services.AddSingleton<GraphCache>();
        services.AddSingleton<InstanceLocks>();
        services.AddSingleton<WorkSignal>();
        services.AddSingleton<WorkflowRuntime>();
        services.AddSingleton<DefinitionService>();
        services.AddSingleton<ScheduledWorkProcessor>();
        services.AddHostedService<EngineStartup>();
        if (options.RunScheduler) services.AddHostedService<ScheduledWorkPump>();
        return services;
    }
}
