using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CongVu.Host.Tests;

/// <summary>The host on a fresh SQLite file and workflows folder in a temp directory, with a known admin key.</summary>
public sealed class HostFactory : WebApplicationFactory<Program>
{
    public const string AdminApiKey = "test-admin-key";
    private readonly string? _apiKey;
    private readonly bool _ownsRoot;

    public HostFactory() : this(root: null, AdminApiKey)
    {
    }

    private HostFactory(string? root, string? apiKey)
    {
        _ownsRoot = root is null;
        Root = root ?? Path.Combine(Path.GetTempPath(), "congvu-host-tests", Guid.NewGuid().ToString("N"));
        _apiKey = apiKey;
        Directory.CreateDirectory(WorkflowsFolder);
    }

    public string Root { get; }
    public string WorkflowsFolder => Path.Combine(Root, "workflows");
    public string DatabasePath => Path.Combine(Root, "congvu.db");

    /// <param name="root">An existing folder to reuse (a restart on the same database), or null for a new temp folder.</param>
    /// <param name="apiKey">The configured admin key; null or empty configures none.</param>
    public static HostFactory Create(string? root, string? apiKey) => new(root, apiKey);

    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", AdminApiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Engine:ConnectionString", $"Data Source={DatabasePath}");
        builder.UseSetting("Engine:SchedulerPollMilliseconds", "100");
        builder.UseSetting("Auth:AdminApiKey", _apiKey ?? "");
        builder.UseSetting("Workflows:Folder", WorkflowsFolder);
        // No demo accounts unless a test asks for them (People/DemoHost.cs).
        builder.UseSetting("Demo:Enabled", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !_ownsRoot) return;
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
