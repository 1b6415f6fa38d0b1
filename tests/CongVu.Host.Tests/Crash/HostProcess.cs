using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CongVu.Host.Tests.Crash;

/// <summary>
/// The built host (<c>host/bin/&lt;Configuration&gt;/net10.0/CongVu.Host.dll</c>) as a real child process on a
/// loopback port. <see cref="Kill"/> is SIGKILL on Linux: no shutdown code runs, as in a power cut.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the host wrote, for failure messages.</summary>
    public string Output
    {
        get { lock (_output) return string.Join('\n', _output.TakeLast(80)); }
    }

    /// <summary>Starts the host on the site's database and folder; <paramref name="environment"/> adds or overrides settings (e.g. <c>Demo__Enabled</c>).</summary>
    public static HostProcess Start(CrashSite site, IReadOnlyDictionary<string, string>? environment = null)
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
        info.Environment["Engine__ConnectionString"] = $"Data Source={site.DatabasePath}";
        info.Environment["Auth__AdminApiKey"] = site.ApiKey;
        info.Environment["Workflows__Folder"] = site.WorkflowsFolder;
        info.Environment["Demo__Enabled"] = "false";
        info.Environment["Email__BaseUrl"] = $"http://127.0.0.1:{port}"; // links in e-mails open this host
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        var process = new Process { StartInfo = info };
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Polls <c>GET /health</c> until 200; fails with the host's output when it dies or takes too long.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The host exited with code {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* busy starting */ }
            await Task.Delay(50);
        }
        throw new TimeoutException($"The host was not ready within {timeout}:\n{Output}");
    }

    /// <summary>SIGKILL, then wait until the process is gone so its file handles are released.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(15_000);
    }

    public void Dispose()
    {
        try { Kill(); }
        catch (InvalidOperationException) { /* never started */ }
        _process.Dispose();
    }

    /// <summary>The host built in the same configuration as this test assembly (bin/&lt;Configuration&gt;/net10.0/).</summary>
    public static string LocateDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepositoryRoot(), "host", "bin", configuration, "net10.0", "CongVu.Host.dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"The host is not built for {configuration}; build the solution first (tests/run does).", dll);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CongVu.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("CongVu.sln not found above " + AppContext.BaseDirectory);
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 500) _output.RemoveRange(0, 100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
