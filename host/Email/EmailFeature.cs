using System.Net.Mail;
using CongVu.Engine.Tasks;
using CongVu.Host.Email.Pages;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CongVu.Host.Email;

/// <summary>Registers e-mail: templates, signed task links, the task notifier, the outbox sender and the "Thư đã gửi" pages.</summary>
public static class EmailFeature
{
    /// <summary>Call after <c>AddWorkflowEngine</c> and <c>AddPeople</c>; replaces the engine's silent task notifier.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.Section))
            .PostConfigure<IHostEnvironment>((options, environment) => ResolveFolders(options, configuration, environment.ContentRootPath))
            .Validate(o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _), "Email:BaseUrl must be an absolute URL.")
            .Validate(o => MailAddress.TryCreate(o.From, out _), "Email:From must be an e-mail address, e.g. \"Công Vụ <no-reply@congvu.example>\".")
            .Validate(o => o.Sender is { Workers: >= 1, BatchSize: >= 1, MaxAttempts: >= 1, PollMilliseconds: >= 1 }, "Email:Sender values must be positive.")
            .ValidateOnStart();
        services.AddSingleton<EmailTemplates>();
        services.AddSingleton<TaskLinks>();
        services.AddSingleton<MailDelivery>();
        services.AddSingleton<MailAddressBook>();
        services.RemoveAll<IHumanTaskNotifier>();
        services.AddSingleton<IHumanTaskNotifier, TaskMailComposer>();
        services.AddSingleton<OutboxSender>();
        if (configuration.GetValue($"{EmailOptions.Section}:Sender:Enabled", true))
            services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return services;
    }

    /// <summary>Maps the administrators' "Thư đã gửi" pages.</summary>
    public static WebApplication MapEmail(this WebApplication app)
    {
        app.MapSentMailPages();
        return app;
    }

    /// <summary>Templates sit under the content root; .eml files default to <c>mail</c> beside the SQLite file (like <c>keys</c>).</summary>
    private static void ResolveFolders(EmailOptions options, IConfiguration configuration, string contentRoot)
    {
        options.TemplatesFolder = Path.GetFullPath(Path.Combine(contentRoot, options.TemplatesFolder));
        if (options.PickupFolder is { Length: > 0 } configured)
        {
            options.PickupFolder = Path.GetFullPath(Path.Combine(contentRoot, configured));
            return;
        }
        var connection = configuration["Engine:ConnectionString"];
        var sqlite = configuration["Engine:Provider"] is not { Length: > 0 } provider || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase);
        var file = sqlite && connection is { Length: > 0 } ? new SqliteConnectionStringBuilder(connection).DataSource : "";
        var dataDir = Path.IsPathRooted(file) ? Path.GetDirectoryName(file)! : Path.Combine(contentRoot, "data");
        options.PickupFolder = Path.Combine(dataDir, "mail");
    }
}
