using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace CongVu.Host.Tests.Email;

/// <summary>
/// A real SMTP server on 127.0.0.1 for the e-mail tests: maildev (REST <c>GET /email</c>), installed globally by tests/run,
/// or python3 aiosmtpd (<c>smtp_sink.py</c>) when maildev is missing. Messages come back decoded.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Process _process;
    private readonly Uri? _api;
    private readonly string _folder;

    private SmtpTestServer(Process process, int smtpPort, Uri? api, string folder)
    {
        _process = process;
        SmtpPort = smtpPort;
        _api = api;
        _folder = folder;
    }

    public int SmtpPort { get; }
    public string Kind => _api is null ? "aiosmtpd" : "maildev";

    /// <summary>Starts a server on <paramref name="smtpPort"/> (a free port when null) and waits until it accepts mail.</summary>
    public static async Task<SmtpTestServer> StartAsync(int? smtpPort = null)
    {
        var port = smtpPort ?? FreePort();
        var folder = Directory.CreateTempSubdirectory("congvu-smtp-").FullName;
        SmtpTestServer server;
        if (SmtpTools.MailDev() is { } maildev)
        {
            var web = FreePort();
            var process = SmtpTools.Start(maildev, "--smtp", port.ToString(), "--web", web.ToString(), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--mail-directory", folder);
            server = new SmtpTestServer(process, port, new Uri($"http://127.0.0.1:{web}/"), folder);
        }
        else
        {
            var process = SmtpTools.Start("/usr/bin/python3", SmtpTools.SinkScript(), "--port", port.ToString(), "--dir", folder);
            server = new SmtpTestServer(process, port, null, folder);
        }
        await server.WaitReadyAsync();
        return server;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task<IReadOnlyList<ReceivedMail>> MessagesAsync()
    {
        if (_api is not null)
        {
            var items = await Http.GetFromJsonAsync<List<MailDevMail>>(new Uri(_api, "email"), Json) ?? [];
            return [.. items.Select(m => new ReceivedMail(m.Subject ?? "", m.Text ?? "", m.Html ?? "", [.. (m.To ?? []).Select(t => t.Address)],
                m.Headers?.GetValueOrDefault("message-id") is { ValueKind: JsonValueKind.String } id ? id.GetString() : null))];
        }
        var files = Directory.GetFiles(_folder, "*.json").Order(StringComparer.Ordinal);
        return [.. files.Select(f => JsonSerializer.Deserialize<SinkMail>(File.ReadAllText(f), Json)!)
            .Select(m => new ReceivedMail(m.Subject, m.Text, m.Html, m.To, m.MessageId))];
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived, then returns them all.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var messages = await MessagesAsync();
            if (messages.Count >= count) return messages;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Kind} received {messages.Count} of {count} messages.");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits for the one message that matches, and checks that no second one does.</summary>
    public async Task<ReceivedMail> WaitForAsync(Func<ReceivedMail, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var found = (await MessagesAsync()).Where(match).ToList();
            if (found.Count > 1) throw new InvalidOperationException($"{found.Count} messages match; expected one.");
            if (found.Count == 1) return found[0];
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Kind} received no matching message.");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try { _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { /* already exited */ }
        await _process.WaitForExitAsync();
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    private async Task WaitReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{Kind} exited with code {_process.ExitCode}.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, SmtpPort);
                if (_api is not null) await MessagesAsync();
                return;
            }
            catch (Exception e) when (e is SocketException or HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"{Kind} did not start on port {SmtpPort}.");
    }

    private sealed record MailDevMail(string? Subject, string? Text, string? Html, List<MailDevAddress>? To, Dictionary<string, JsonElement>? Headers);

    private sealed record MailDevAddress(string Address);

    private sealed record SinkMail(string Subject, string Text, string Html, List<string> To, string? MessageId);
}

/// <summary>A message as the server decoded it.</summary>
public sealed record ReceivedMail(string Subject, string Text, string Html, IReadOnlyList<string> To, string? MessageId);
