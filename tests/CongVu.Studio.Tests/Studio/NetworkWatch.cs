using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit;

namespace CongVu.Studio.Tests.Studio;

/// <summary>
/// Watches every request and response of a browser context: nothing may leave the machine, the studio's
/// <c>.wasm</c> files must arrive Brotli-compressed as <c>application/wasm</c>, and the admin API key must appear
/// in no request header, no HTML document and no API response.
/// </summary>
internal sealed class NetworkWatch(string secret)
{
    private static readonly string[] LocalHosts = ["127.0.0.1", "localhost"];
    private static readonly string[] LocalSchemes = ["data", "blob", "about"];
    private readonly ConcurrentQueue<string> _urls = new();
    private readonly ConcurrentQueue<string> _leaks = new();
    private readonly ConcurrentQueue<string> _apiErrors = new();
    private readonly ConcurrentQueue<Task<string?>> _bodyChecks = new();
    private readonly ConcurrentQueue<Task<WasmResponse>> _wasm = new();

    private sealed record WasmResponse(string Url, int Status, string? Encoding, string? Type);

    public void Attach(IBrowserContext context)
    {
        context.Request += (_, request) => OnRequest(request);
        context.Response += (_, response) => OnResponse(response);
    }

    public int RequestCount => _urls.Count;

    /// <summary>Every URL the browser asked for points at this machine (http/https/ws on 127.0.0.1 or localhost).</summary>
    public void AssertNothingLeftTheMachine()
    {
        Assert.True(_urls.Count > 100, $"Only {_urls.Count} requests were seen; the watch is not attached.");
        var foreign = _urls.Where(url => !IsLocal(url)).Distinct().ToList();
        Assert.True(foreign.Count == 0, "Requests left the machine:\n" + string.Join('\n', foreign));
    }

    /// <summary>At least one .wasm file was fetched, and every one came as <c>Content-Encoding: br</c>, <c>application/wasm</c>.</summary>
    public async Task AssertWasmIsBrotliAsync()
    {
        var responses = await Task.WhenAll(_wasm);
        Assert.NotEmpty(responses);
        var wrong = responses.Where(r => r.Status != 200 || r.Encoding != "br" || r.Type?.StartsWith("application/wasm", StringComparison.Ordinal) != true).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {responses.Length} .wasm responses were not br/application/wasm:\n"
            + string.Join('\n', wrong.Select(r => $"{r.Status} {r.Encoding ?? "(no encoding)"} {r.Type} {r.Url}")));
    }

    /// <summary>The studio never got an error status from our Elsa API (a missing endpoint or a rejected body).</summary>
    public void AssertNoApiErrors() =>
        Assert.True(_apiErrors.IsEmpty, "The Elsa API answered the studio with errors:\n" + string.Join('\n', _apiErrors));

    /// <summary>No request header, HTML document or API response carried the admin API key.</summary>
    public async Task AssertSecretNeverSentAsync()
    {
        var bodies = await Task.WhenAll(_bodyChecks);
        Assert.True(bodies.Length > 0, "No HTML or API response body was checked.");
        var leaks = _leaks.Concat(bodies.OfType<string>()).ToList();
        Assert.True(leaks.Count == 0, "The admin API key reached the browser:\n" + string.Join('\n', leaks));
    }

    private void OnRequest(IRequest request)
    {
        _urls.Enqueue(request.Url);
        if (request.Headers.Any(h => h.Value.Contains(secret, StringComparison.Ordinal)))
            _leaks.Enqueue($"request header of {request.Method} {request.Url}");
    }

    private void OnResponse(IResponse response)
    {
        if (!Uri.TryCreate(response.Url, UriKind.Absolute, out var uri)) return;
        if (uri.AbsolutePath.EndsWith(".wasm", StringComparison.Ordinal)) _wasm.Enqueue(WasmAsync(response));
        var api = uri.AbsolutePath.StartsWith("/elsa/api/", StringComparison.Ordinal);
        if (api && response.Status >= 400) _apiErrors.Enqueue($"{response.Status} {response.Request.Method} {response.Url}");
        if (api || response.Request.ResourceType == "document") _bodyChecks.Enqueue(LeakInBodyAsync(response));
    }

    private static async Task<WasmResponse> WasmAsync(IResponse response)
    {
        var headers = await response.AllHeadersAsync();
        return new WasmResponse(response.Url, response.Status, headers.GetValueOrDefault("content-encoding"), headers.GetValueOrDefault("content-type"));
    }

    /// <summary>The leak found in the body, or null. A body the browser already dropped (a redirect, a page left) has nothing to check.</summary>
    private async Task<string?> LeakInBodyAsync(IResponse response)
    {
        try
        {
            var body = await response.TextAsync();
            return body.Contains(secret, StringComparison.Ordinal) ? $"body of {response.Url}" : null;
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    private static bool IsLocal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (LocalSchemes.Contains(uri.Scheme) || LocalHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase));
}
