using CongVu.Host.Hosting;
using CongVu.Engine.Runtime;
using CongVu.Host.Descriptors;
using CongVu.Host.Documents.Issuing;
using CongVu.Host.Documents.Pages;
using CongVu.Host.Documents.Pdf;
using CongVu.Host.Documents.Persistence;
using CongVu.Host.Documents.Rendering;
using CongVu.Host.Documents.Templates;
using CongVu.Host.Email;

namespace CongVu.Host.Documents;

/// <summary>
/// Registers documents: the renderer (HTML, DOCX), PDF through LibreOffice, the documents database with the unit
/// registers, the template store and editor, and the pages under <c>/van-ban</c>. The GenerateDocument activity itself
/// is added through <c>AddWorkflowEngine</c>'s callback.
/// </summary>
public static class DocumentsFeature
{
    /// <summary>Call after <c>AddPeople</c> and <c>AddEmail</c>, and before <c>AddStartupHealth</c>.</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var engine = configuration.GetSection("Engine").Get<EngineOptions>() ?? new EngineOptions();
        if (!engine.IsSqlite) throw new NotSupportedException($"Engine:Provider '{engine.Provider}' is not available for documents in this build.");
        services.AddFeatureDatabase<DocumentsDbContext>(engine.ConnectionString, DocumentsDbContext.MigrationsHistoryTable);
        services.AddOptions<DocumentOptions>()
            .Bind(configuration.GetSection(DocumentOptions.Section))
            .PostConfigure<IHostEnvironment>((options, environment) =>
                options.TemplatesFolder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.TemplatesFolder)));
        services.AddSingleton<TemplateOverrides>();
        services.AddSingleton<ITemplateOverrides>(sp => sp.GetRequiredService<TemplateOverrides>());
        services.AddSingleton<DocumentRenderer>();
        services.AddSingleton<DocumentTemplateStore>();
        services.AddSingleton<DocumentUnits>();
        services.AddSingleton<DocumentIssuer>();
        services.AddSingleton<DocumentAccess>();
        services.AddSingleton<DocumentStoreReader>();
        services.AddSingleton<PdfConverter>();
        services.AddSingleton<IInputOptionsSource, DocumentTemplateOptionsSource>();
        return services;
    }

    /// <summary>Call after <c>MapPeople</c>, which adds the antiforgery middleware the editor's form relies on.</summary>
    public static WebApplication MapDocuments(this WebApplication app)
    {
        app.MapDocumentEndpoints();
        app.MapTemplateListPage();
        app.MapTemplateEditorPage();
        return app;
    }
}
