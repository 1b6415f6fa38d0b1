using Microsoft.Data.Sqlite;

namespace CongVu.Host.Hosting;

/// <summary>Anchors a relative SQLite file to the content root, so the database lands in the same place whatever the working folder.</summary>
public static class SqlitePathConfiguration
{
    private const string ConnectionStringKey = "Engine:ConnectionString";
    private const string DefaultConnectionString = "Data Source=data/congvu.db";

    /// <summary>Rewrites <c>Engine:ConnectionString</c> in place; must run before the engine reads it.</summary>
    public static void ResolveSqlitePath(this IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Engine:Provider"];
        if (provider is { Length: > 0 } && !provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase)) return;
        var connection = new SqliteConnectionStringBuilder(configuration[ConnectionStringKey] is { Length: > 0 } text ? text : DefaultConnectionString);
        var file = connection.DataSource;
        if (file.Length == 0 || file == ":memory:" || connection.Mode == SqliteOpenMode.Memory || Path.IsPathRooted(file)) return;
        connection.DataSource = Path.GetFullPath(Path.Combine(contentRoot, file));
        configuration[ConnectionStringKey] = connection.ToString();
    }
}
