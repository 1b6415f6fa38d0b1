using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;

namespace CongVu.Host.Hosting;

/// <summary>
/// Keeps the keys that protect sign-in cookies, antiforgery tokens and studio tokens on disk, so a
/// restart does not sign everyone out. By default they sit beside the SQLite file (<c>data/keys</c>).
/// </summary>
public static class DataProtectionKeys
{
    public static IServiceCollection AddPersistentDataProtection(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var folder = configuration["DataProtection:KeysFolder"] is { Length: > 0 } configured
            ? Path.GetFullPath(Path.Combine(contentRoot, configured))
            : DefaultFolder(configuration, contentRoot);
        Directory.CreateDirectory(folder);
        services.AddDataProtection().SetApplicationName("CongVu").PersistKeysToFileSystem(new DirectoryInfo(folder));
        return services;
    }

    private static string DefaultFolder(IConfiguration configuration, string contentRoot)
    {
        var connection = configuration["Engine:ConnectionString"];
        var file = connection is { Length: > 0 } ? new SqliteConnectionStringBuilder(connection).DataSource : "";
        var dataDir = Path.IsPathRooted(file) ? Path.GetDirectoryName(file)! : Path.Combine(contentRoot, "data");
        return Path.Combine(dataDir, "keys");
    }
}
