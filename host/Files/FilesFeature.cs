using CongVu.Engine.Execution;
using Microsoft.Data.Sqlite;

namespace CongVu.Host.Files;

/// <summary>Registers the file store and the download endpoint (<c>GET /tep/{id}</c>).</summary>
public static class FilesFeature
{
    public const string DownloadPath = "/tep";

    public static string Download(string fileId) => $"{DownloadPath}/{fileId}";

    public static IServiceCollection AddFiles(this IServiceCollection services)
    {
        services.AddSingleton(sp => new FileStore(
            ResolveFolder(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
            sp.GetRequiredService<EngineEnvironment>()));
        return services;
    }

    public static IEndpointRouteBuilder MapFiles(this IEndpointRouteBuilder app)
    {
        app.MapFileDownload();
        return app;
    }

    /// <summary><c>Files:Folder</c> when set (relative to the content root), else <c>files</c> beside the SQLite file.</summary>
    public static string ResolveFolder(IConfiguration configuration, string contentRoot)
    {
        if (configuration["Files:Folder"] is { Length: > 0 } configured) return Path.GetFullPath(Path.Combine(contentRoot, configured));
        var connection = configuration["Engine:ConnectionString"];
        var file = connection is { Length: > 0 } ? new SqliteConnectionStringBuilder(connection).DataSource : "";
        var dataDir = Path.IsPathRooted(file) ? Path.GetDirectoryName(file)! : Path.Combine(contentRoot, "data");
        return Path.Combine(dataDir, "files");
    }
}
