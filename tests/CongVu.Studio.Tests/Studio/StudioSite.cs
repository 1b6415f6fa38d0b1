using System.Security.Cryptography;
using CongVu.Host.Tests.Crash;
using CongVu.Studio.Tests.Browser;
using Microsoft.Playwright;
using Xunit;

namespace CongVu.Studio.Tests.Studio;

/// <summary>
/// The built host as a real process on 127.0.0.1 (temp database, an empty temp workflows folder unless another
/// folder is given, random admin API key, demo accounts with a random password) and Debian's Chromium driven by
/// Playwright. Missing Chromium fails the test, it is never skipped. Screenshots go to
/// <c>TestResults/&lt;screenshots&gt;/</c> at the repository root (<c>studio-screenshots</c> by default).
/// </summary>
internal sealed class StudioSite : IAsyncDisposable
{
    /// <summary>Blazor WebAssembly boots in 10–40 s on a cold load on this machine; every wait allows for that.</summary>
    public const float Timeout = 120_000;

    private readonly CrashSite _files = new();
    private readonly string? _workflowsFolder;
    private HostProcess? _host;
    private DebianChromium? _browser;
    private bool _disposed;

    /// <param name="screenshots">The folder under TestResults/ (emptied at start).</param>
    /// <param name="workflowsFolder">The host's <c>Workflows:Folder</c>, only read at start-up; null: an empty temp folder.</param>
    public StudioSite(string screenshots = "studio-screenshots", string? workflowsFolder = null)
    {
        Network = new NetworkWatch(_files.ApiKey);
        ScreenshotFolder = Path.Combine(HostProcess.RepositoryRoot(), "TestResults", screenshots);
        _workflowsFolder = workflowsFolder;
    }

    public string ApiKey => _files.ApiKey;
    public string Password { get; } = "Cv-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant() + "-9Q";
    public NetworkWatch Network { get; }
    public StudioApi Api { get; private set; } = null!;
    public Uri BaseAddress => _host!.BaseAddress;
    public string HostOutput => _host?.Output ?? "";
    public string ScreenshotFolder { get; }

    /// <summary>Starts the host and the browser; on failure stops what did start, then rethrows.</summary>
    public async Task StartAsync()
    {
        try
        {
            if (Directory.Exists(ScreenshotFolder)) Directory.Delete(ScreenshotFolder, recursive: true);
            Directory.CreateDirectory(ScreenshotFolder);
            var settings = new Dictionary<string, string> { ["Demo__Enabled"] = "true", ["Demo__Password"] = Password };
            if (_workflowsFolder is not null) settings["Workflows__Folder"] = _workflowsFolder;
            _host = HostProcess.Start(_files, settings);
            await _host.WaitReadyAsync(TimeSpan.FromSeconds(90));
            Api = new StudioApi(_host.BaseAddress, _files.ApiKey);
            _browser = await DebianChromium.LaunchAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A page in a fresh context (no cookies); <paramref name="watched"/> puts its traffic under <see cref="Network"/>.</summary>
    public async Task<IPage> NewPageAsync(bool watched)
    {
        var context = await _browser!.NewContextAsync(BaseAddress, 1600, 1000, Timeout);
        if (watched) Network.Attach(context);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Saves <c>&lt;name&gt;.png</c> and checks the page as it is now: Blazor showed no error bar and the
    /// HTML does not contain the admin API key.
    /// </summary>
    public async Task ShotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png") });
        Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync(), $"{name}: the studio showed its error bar (see {name}.png).");
        Assert.DoesNotContain(ApiKey, await page.ContentAsync(), StringComparison.Ordinal);
    }

    /// <summary>Closes the browser and kills the host; safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (_browser is not null) await _browser.DisposeAsync();
        _host?.Dispose();
        Api?.Dispose();
        _files.Dispose();
    }
}
