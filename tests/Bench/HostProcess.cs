using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;

namespace CongVu.Bench;

/// <summary>The real host (<c>host/bin/&lt;Configuration&gt;/net10.0/CongVu.Host.dll</c>) as a separate process on a loopback port.</summary>
internal sealed class HostProcess : IDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public int ProcessId => _process.Id;

    /// <summary>Where the built host is, for the same configuration as this program.</summary>
    public static string LocateDll()
    {
        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var dll = Path.Combine(RepositoryRoot(), "host", "bin", configuration, "net10.0", "CongVu.Host.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"The host is not built: run 'dotnet build host -c {configuration}' first.", dll);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CongVu.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("CongVu.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Starts the host on <paramref name="databasePath"/> with an empty workflows folder and no demo data.</summary>
    /// <param name="environment">Settings that override those defaults (e.g. <c>Demo__Enabled</c>).</param>
    public static HostProcess Start(string databasePath, string workflowsFolder, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(LocateDll());
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["Engine__ConnectionString"] = $"Data Source={databasePath}";
        info.Environment["Auth__AdminApiKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        info.Environment["Workflows__Folder"] = workflowsFolder;
        info.Environment["Demo__Enabled"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        var process = new Process { StartInfo = info };
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Polls <c>GET /health</c> until it answers 200; throws when the process dies or the timeout passes.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        var health = new Uri(BaseAddress, "health");
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The host exited with code {_process.ExitCode}:\n{Output()}");
            try
            {
                using var response = await Http.GetAsync(health);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* slow to answer while starting */ }
            await Task.Delay(10);
        }
        throw new TimeoutException($"The host was not ready within {timeout}:\n{Output()}");
    }

    /// <summary>Resident set size (VmRSS) from /proc, in MB.</summary>
    public double WorkingSetMb()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
            var kb = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            return kb / 1024.0;
        }
        throw new InvalidOperationException("VmRSS not found in /proc status.");
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { /* never started or already gone */ }
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > 200) _output.Dequeue();
        }
    }

    private string Output()
    {
        lock (_output) return string.Join('\n', _output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
