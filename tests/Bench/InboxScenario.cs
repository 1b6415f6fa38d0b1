using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace CongVu.Bench;

/// <summary>
/// I1: the inbox page (<c>GET /cong-viec</c>) on a database of many open tasks (<see cref="InboxSeed"/>), served by the
/// real host to one signed-in user from 20 concurrent clients.
/// </summary>
internal static partial class InboxScenario
{
    public const int Clients = 20;
    private const string Password = "Bench-pass-2026";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private static readonly Dictionary<string, string> DemoAccounts = new() { ["Demo__Enabled"] = "true", ["Demo__Password"] = Password };

    /// <param name="n">Measured requests.</param>
    /// <param name="openTasks">Open tasks in the database.</param>
    public static async Task<JsonObject> RunAsync(int n, int openTasks, string workDir)
    {
        var database = Path.Combine(workDir, "i1.db");
        var workflows = Directory.CreateDirectory(Path.Combine(workDir, "i1-workflows")).FullName;
        // A first start creates the schema and the demo organisation; the tasks are then written with the host stopped.
        using (var first = HostProcess.Start(database, workflows, DemoAccounts)) await first.WaitReadyAsync(ReadyTimeout);
        SqliteConnection.ClearAllPools();
        var seed = Stopwatch.StartNew();
        await InboxSeed.SeedAsync(database, openTasks, DateTime.UtcNow);
        seed.Stop();
        SqliteConnection.ClearAllPools();
        var dbSizeMb = new[] { database, database + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length) / (1024.0 * 1024.0);

        using var host = HostProcess.Start(database, workflows, DemoAccounts);
        await host.WaitReadyAsync(ReadyTimeout);
        using var client = await SignInAsync(host.BaseAddress, "canbo1");
        // Tiered JIT settles after about a thousand page loads on 2 cores; the figures describe a warm server.
        var warmup = await Load.RunAsync(Math.Min(n, 1_500), Clients, _ => OpenInboxAsync(client));
        var result = await Load.RunAsync(n, Clients, _ => OpenInboxAsync(client));
        const double target = 150;
        return new JsonObject
        {
            ["scenario"] = "I1",
            ["what"] = "GET /cong-viec (my tasks, group tasks, history; 50 a page) for one signed-in user, real host",
            ["n"] = n,
            ["callers"] = Clients,
            ["open_tasks"] = openTasks,
            ["completed_tasks"] = openTasks / 10,
            ["users"] = InboxSeed.Users,
            ["units"] = InboxSeed.Units,
            ["seed_seconds"] = Scenarios.Round(seed.Elapsed.TotalSeconds, 1),
            ["db_size_mb"] = Scenarios.Round(dbSizeMb, 1),
            ["warmup"] = warmup.Count,
            ["elapsed_s"] = Scenarios.Round(result.Elapsed.TotalSeconds, 2),
            ["requests_per_s"] = Scenarios.Round(result.PerSecond),
            ["p50_ms"] = Scenarios.Round(result.Percentile(50), 2),
            ["p95_ms"] = Scenarios.Round(result.Percentile(95), 2),
            ["p99_ms"] = Scenarios.Round(result.Percentile(99), 2),
            ["host_working_set_mb"] = Scenarios.Round(host.WorkingSetMb()),
            ["target"] = new JsonObject { ["p95_ms"] = target },
            ["meets_target"] = result.Percentile(95) <= target,
        };
    }

    /// <summary>Signs in through the login form, as a browser does (antiforgery cookie and field, then the auth cookie).</summary>
    private static async Task<HttpClient> SignInAsync(Uri baseAddress, string userName)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var form = await client.GetStringAsync("/dang-nhap");
        var token = WebUtility.HtmlDecode(TokenField().Match(form).Groups[1].Value);
        using var response = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["userName"] = userName, ["password"] = Password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"I1: signing in as {userName} answered {(int)response.StatusCode}.");
        return client;
    }

    private static async Task OpenInboxAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/cong-viec");
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !html.Contains("id=\"viec-cua-toi\"", StringComparison.Ordinal))
            throw new InvalidOperationException($"I1: GET /cong-viec answered {(int)response.StatusCode}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
