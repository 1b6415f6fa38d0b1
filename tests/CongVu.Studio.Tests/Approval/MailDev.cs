using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace CongVu.Studio.Tests.Approval;

/// <summary>
/// maildev (npm <c>maildev@2.2.1</c>, installed globally by tests/run) on two free loopback ports: SMTP for the host and
/// the REST API (<c>GET /email</c>, decoded messages in the order received) for the test. Missing maildev fails the test.
/// </summary>
internal sealed class MailDev : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Process _process;
    private readonly HttpClient _http;

    private MailDev(Process process, int smtpPort, int webPort)
    {
        _process = process;
        SmtpPort = smtpPort;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int SmtpPort { get; }

    public static async Task<MailDev> StartAsync()
    {
        var executable = Locate() ?? throw new InvalidOperationException(
            "maildev is not installed (neither on PATH nor in `npm root -g`); tests/run installs it: npm install -g maildev@2.2.1");
        var (smtp, web) = (FreePort(), FreePort());
        var info = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--smtp", $"{smtp}", "--web", $"{web}", "--ip", "127.0.0.1", "--web-ip", "127.0.0.1" })
            info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("maildev did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new MailDev(process, smtp, web);
        await server.WaitReadyAsync();
        return server;
    }

    /// <summary>Every message received so far, in the order maildev received them.</summary>
    public async Task<IReadOnlyList<Mail>> MessagesAsync()
    {
        var items = await _http.GetFromJsonAsync<List<Item>>("email", Json) ?? [];
        return [.. items.Select(m => new Mail(m.Id, m.Subject ?? "", m.Text ?? "", m.Html ?? "", [.. (m.To ?? []).Select(t => t.Address)],
            m.Headers?.GetValueOrDefault("message-id") is { ValueKind: JsonValueKind.String } id ? id.GetString() : null))];
    }

    /// <summary>Waits for the one message to <paramref name="to"/> with exactly <paramref name="subject"/>; a second one fails.</summary>
    public async Task<Mail> WaitForAsync(string to, string subject, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var all = await MessagesAsync();
            var found = all.Where(m => m.Subject == subject && m.To.Contains(to)).ToList();
            if (found.Count > 1) throw new InvalidOperationException($"{found.Count} messages to {to} with subject «{subject}»; expected one.");
            if (found.Count == 1) return found[0];
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No message to {to} with subject «{subject}». Received:\n" + string.Join("\n", all.Select(m => m.ToString())));
            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        try { _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { /* already exited */ }
        _process.WaitForExit(10_000);
        _process.Dispose();
        _http.Dispose();
    }

    private async Task WaitReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"maildev exited with code {_process.ExitCode}.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, SmtpPort);
                await MessagesAsync();
                return;
            }
            catch (Exception e) when (e is SocketException or HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"maildev did not start on SMTP port {SmtpPort}.");
    }

    private static string? Locate()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "maildev")).FirstOrDefault(File.Exists);
        if (onPath is not null) return onPath;
        try
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", "root -g") { RedirectStandardOutput = true, RedirectStandardError = true });
            var root = npm?.StandardOutput.ReadToEnd().Trim();
            npm?.WaitForExit();
            var bin = string.IsNullOrEmpty(root) ? null : Path.Combine(root, "maildev", "bin", "maildev");
            return bin is not null && File.Exists(bin) ? bin : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Item(string Id, string? Subject, string? Text, string? Html, List<MailAddress>? To, Dictionary<string, JsonElement>? Headers);

    private sealed record MailAddress(string Address);
}
