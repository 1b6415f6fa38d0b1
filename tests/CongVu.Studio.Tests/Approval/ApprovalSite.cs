using System.Security.Cryptography;
using CongVu.Host.Tests.Crash;
using CongVu.Studio.Tests.Browser;
using Microsoft.Playwright;

namespace CongVu.Studio.Tests.Approval;

/// <summary>
/// Everything the end-to-end approval test runs against, all on 127.0.0.1: maildev, the built host as a real process
/// (temp database, demo people, SMTP to maildev, links to itself, the repository's phe-duyet-hai-buoc workflow) and Debian's
/// Chromium.
/// Missing Chromium or maildev fails the test. <see cref="DisposeAsync"/> closes the browser and kills both processes.
/// </summary>
internal sealed class ApprovalSite : IAsyncDisposable
{
    public const string WorkflowFile = "phe-duyet-hai-buoc.json";

    private readonly CrashSite _files = new();
    private HostProcess? _host;
    private DebianChromium? _browser;
    private bool _disposed;

    public MailDev Mail { get; private set; } = null!;
    public ApprovalApi Api { get; private set; } = null!;
    public Uri BaseAddress => _host!.BaseAddress;
    public string Password { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)) + "9";
    public static string ScreenshotFolder => Path.Combine(HostProcess.RepositoryRoot(), "TestResults", "approval-screenshots");

    /// <summary>The host's recent output, for failure messages.</summary>
    public string HostOutput => _host?.Output ?? "";

    /// <summary>Starts everything; on failure stops what did start, then rethrows (the test fails, it is never skipped).</summary>
    public async Task StartAsync()
    {
        try
        {
            await StartAllAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAllAsync()
    {
        if (Directory.Exists(ScreenshotFolder)) Directory.Delete(ScreenshotFolder, recursive: true);
        Directory.CreateDirectory(ScreenshotFolder);
        Mail = await MailDev.StartAsync();
        File.Copy(Path.Combine(HostProcess.RepositoryRoot(), "workflows", WorkflowFile), Path.Combine(_files.WorkflowsFolder, WorkflowFile));
        _host = HostProcess.Start(_files, new Dictionary<string, string>
        {
            ["Demo__Enabled"] = "true",
            ["Demo__Password"] = Password,
            ["Email__Smtp__Host"] = "127.0.0.1",
            ["Email__Smtp__Port"] = Mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await _host.WaitReadyAsync(TimeSpan.FromSeconds(60));
        Api = new ApprovalApi(_host.BaseAddress, _files.ApiKey);
        _browser = await DebianChromium.LaunchAsync();
    }

    /// <summary>A page in a fresh browser context: no cookies, as a person opening a mail link on a new device.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(BaseAddress, 1100, 900, 30_000);
        return await context.NewPageAsync();
    }

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>Closes the browser and kills the host and maildev; safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (_browser is not null) await _browser.DisposeAsync();
        _host?.Dispose();
        Api?.Dispose();
        Mail?.Dispose();
        _files.Dispose();
    }
}
