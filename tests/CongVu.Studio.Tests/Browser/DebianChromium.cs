using Microsoft.Playwright;

namespace CongVu.Studio.Tests.Browser;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, installed by tests/run) driven by Playwright with the flags this
/// closed network needs; Playwright never downloads a browser. Owns the contexts it opens and closes them all.
/// </summary>
internal sealed class DebianChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<IBrowserContext> _contexts = [];

    private DebianChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>Starts the browser; a missing Chromium fails the test (it is never skipped).</summary>
    public static async Task<DebianChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}; tests/run installs it (apt-get install chromium).");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Flags });
            return new DebianChromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh context (no cookies) in Vietnamese, with the given viewport and timeout for every wait.</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress, int width, int height, float timeout)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(), Locale = "vi-VN", ViewportSize = new() { Width = width, Height = height },
        });
        context.SetDefaultTimeout(timeout);
        context.SetDefaultNavigationTimeout(timeout);
        _contexts.Add(context);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts) await Quietly(() => context.CloseAsync());
        await Quietly(() => _browser.CloseAsync());
        _playwright.Dispose();
    }

    private static async Task Quietly(Func<Task> close)
    {
        try { await close(); }
        catch (PlaywrightException) { /* the browser is already gone */ }
    }
}
