// Engine benchmark: one JSON line describing the machine, then one JSON line per scenario.
// dotnet run -c Release --project tests/Bench -- [--n-scale small|full] [--only S1,S2,S3,E1,I1,R1]
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CongVu.Bench;

var scale = "full";
var only = new HashSet<string>(["S1", "S2", "S3", "E1", "I1", "R1"], StringComparer.OrdinalIgnoreCase);
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--n-scale" when i + 1 < args.Length && args[i + 1] is "small" or "full":
            scale = args[++i];
            break;
        case "--only" when i + 1 < args.Length:
            only = new HashSet<string>(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
            break;
        default:
            await Console.Error.WriteLineAsync("usage: CongVu.Bench [--n-scale small|full] [--only S1,S2,S3,E1,I1,R1]");
            return 2;
    }
}

var full = scale == "full";
// Keeps arrows and Vietnamese readable in the printed lines.
var json = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
var scenarios = new (string Name, int N, Func<int, string, Task<JsonObject>> Run)[]
{
    ("S1", full ? 5_000 : 300, Scenarios.StartsAsync),
    ("S2", full ? 10_000 : 300, Scenarios.ResumesAsync),
    ("S3", full ? 100_000 : 2_000, IdleHostScenario.RunAsync),
    ("E1", full ? 10_000 : EmailScenario.SmallN, EmailScenario.RunAsync),
    ("I1", full ? 2_000 : 200, (n, dir) => InboxScenario.RunAsync(n, full ? 100_000 : 2_000, dir)),
    ("R1", full ? 60_000 : 600, (_, dir) => RegistrationScenario.RunAsync(full ? 1_500 : 30, full ? 40 : 20, dir)),
};

Console.WriteLine(Machine(scale).ToJsonString(json));
var workDir = Directory.CreateTempSubdirectory("congvu-bench-").FullName;
try
{
    foreach (var (name, n, run) in scenarios.Where(s => only.Contains(s.Name)))
    {
        var line = await run(n, workDir);
        line["n_scale"] = scale;
        Console.WriteLine(line.ToJsonString(json));
    }
    return 0;
}
catch (Exception e)
{
    await Console.Error.WriteLineAsync($"bench failed: {e}");
    return 1;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try { Directory.Delete(workDir, recursive: true); }
    catch (IOException) { /* a temp folder left behind is harmless */ }
}

static JsonObject Machine(string scale) => new()
{
    ["machine"] = new JsonObject
    {
        ["cores"] = Environment.ProcessorCount,
        ["os"] = RuntimeInformation.OSDescription,
        ["arch"] = RuntimeInformation.OSArchitecture.ToString(),
        ["cpu"] = CpuModel(),
        ["memory_gb"] = Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
        ["dotnet_runtime"] = RuntimeInformation.FrameworkDescription,
        ["dotnet_sdk"] = SdkVersion(),
        ["server_gc"] = System.Runtime.GCSettings.IsServerGC,
    },
    ["n_scale"] = scale,
};

static string? CpuModel() => File.Exists("/proc/cpuinfo")
    ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
    : null;

static string? SdkVersion()
{
    try
    {
        using var p = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
        var version = p?.StandardOutput.ReadToEnd().Trim();
        p?.WaitForExit();
        return version;
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return null;
    }
}
