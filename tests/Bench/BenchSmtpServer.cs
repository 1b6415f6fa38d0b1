using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CongVu.Bench;

/// <summary>
/// A local SMTP server for E1: maildev (npm, installed by tests/run) or python3 aiosmtpd's Maildir handler.
/// Both write one file per accepted message, so arrivals are counted from the folder without loading the mail.
/// </summary>
internal sealed class BenchSmtpServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly string _countFolder;

    private BenchSmtpServer(Process process, string kind, int port, string folder, string countFolder)
    {
        _process = process;
        Kind = kind;
        Port = port;
        _folder = folder;
        _countFolder = countFolder;
    }

    public string Kind { get; }
    public int Port { get; }

    public int Received => Directory.Exists(_countFolder) ? Directory.EnumerateFiles(_countFolder).Count(f => !f.EndsWith(".tmp", StringComparison.Ordinal)) : 0;

    /// <summary>Starts maildev, else aiosmtpd; null when neither is installed or starts.</summary>
    public static async Task<BenchSmtpServer?> TryStartAsync(string workDir)
    {
        var port = FreePort();
        var folder = Directory.CreateDirectory(Path.Combine(workDir, "e1-mail")).FullName;
        BenchSmtpServer? server = null;
        if (Which("maildev") is { } maildev)
            server = Start(maildev, "maildev", port, folder, folder, "--smtp", $"{port}", "--web", $"{FreePort()}", "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--mail-directory", folder);
        else if (File.Exists("/usr/bin/python3"))
        {
            // aiosmtpd's Mailbox handler writes a Maildir but does not create one.
            foreach (var sub in new[] { "tmp", "new", "cur" }) Directory.CreateDirectory(Path.Combine(folder, sub));
            server = Start("/usr/bin/python3", "aiosmtpd", port, folder, Path.Combine(folder, "new"), "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", folder);
        }
        if (server is null) return null;
        if (await server.WaitListeningAsync()) return server;
        await server.DisposeAsync();
        return null;
    }

    public async Task<bool> WaitForAsync(int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (Received < count && clock.Elapsed < timeout) await Task.Delay(100);
        return Received >= count;
    }

    public async ValueTask DisposeAsync()
    {
        try { _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { /* already exited */ }
        await _process.WaitForExitAsync();
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* the bench's work folder is removed anyway */ }
    }

    private static BenchSmtpServer? Start(string file, string kind, int port, string folder, string countFolder, params string[] args)
    {
        var info = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        try
        {
            var process = Process.Start(info);
            if (process is null) return null;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return new BenchSmtpServer(process, kind, port, folder, countFolder);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private async Task<bool> WaitListeningAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30) && !_process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        return false;
    }

    private static string? Which(string name) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(':', StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
