using System.Diagnostics;
using Microsoft.Playwright;

namespace CongVu.Studio.Tests.Studio;

/// <summary>
/// What went wrong on one page while the studio loaded or worked: error answers of <c>/elsa/api</c>, other failed
/// responses, uncaught page errors, <c>console.error</c> lines and MudBlazor error/warning snackbars (recorded by a
/// MutationObserver, so one that shows and fades between two looks is still seen). Also counts definition saves
/// (<c>POST /elsa/api/workflow-definitions</c>) and tells when the API has been quiet for a while.
/// </summary>
internal sealed class EditorWatch
{
    /// <summary>Runs in every document of the page before the studio: keeps every snackbar element that appears.</summary>
    private const string SnackbarRecorder = """
        (() => {
          window.__cvSnackbars = [];
          new MutationObserver(records => {
            for (const record of records)
              for (const node of record.addedNodes) {
                if (node.nodeType !== 1) continue;
                if (node.classList.contains('mud-snackbar')) window.__cvSnackbars.push(node);
                node.querySelectorAll('.mud-snackbar').forEach(e => window.__cvSnackbars.push(e));
              }
          }).observe(document, { childList: true, subtree: true });
        })();
        """;

    private readonly IPage _page;
    private readonly object _gate = new();
    private readonly List<string> _apiErrors = [];
    private readonly List<string> _otherFailures = [];
    private readonly List<string> _pageErrors = [];
    private readonly List<string> _consoleErrors = [];
    private readonly Stopwatch _sinceApiChange = Stopwatch.StartNew();
    private int _apiInFlight;
    private int _saves;

    private EditorWatch(IPage page)
    {
        _page = page;
        page.Request += (_, r) => { if (IsApi(r.Url)) Change(+1); };
        page.RequestFinished += (_, r) => { if (IsApi(r.Url)) Change(-1); };
        page.RequestFailed += (_, r) =>
        {
            if (IsApi(r.Url)) Change(-1);
            Add(IsApi(r.Url) ? _apiErrors : _otherFailures, $"failed ({r.Failure}) {r.Method} {r.Url}");
        };
        page.Response += (_, r) =>
        {
            if (IsApi(r.Url) && r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath == "/elsa/api/workflow-definitions")
                Interlocked.Increment(ref _saves);
            if (r.Status >= 400) Add(IsApi(r.Url) ? _apiErrors : _otherFailures, $"{r.Status} {r.Request.Method} {r.Url}");
        };
        page.PageError += (_, e) => Add(_pageErrors, e);
        page.Console += (_, m) => { if (m.Type == "error") Add(_consoleErrors, m.Text); };
    }

    public static async Task<EditorWatch> AttachAsync(IPage page)
    {
        await page.AddInitScriptAsync(SnackbarRecorder);
        return new EditorWatch(page);
    }

    /// <summary>Definition saves seen so far (autosave, publish).</summary>
    public int Saves => Volatile.Read(ref _saves);

    /// <summary>Waits until no <c>/elsa/api</c> call has been open or started for <paramref name="quiet"/> (at most <paramref name="limit"/>).</summary>
    public async Task SettleAsync(TimeSpan quiet, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            lock (_gate)
                if (_apiInFlight <= 0 && _sinceApiChange.Elapsed >= quiet) return;
            await Task.Delay(100);
        }
    }

    /// <summary>Snackbars shown since the current document loaded, as "classes | text".</summary>
    public async Task<IReadOnlyList<string>> SnackbarsAsync() =>
        await _page.EvaluateAsync<string[]>("() => (window.__cvSnackbars || []).map(e => e.className + ' | ' + e.textContent.trim())");

    /// <summary>Everything that went wrong since the last call, one line each; snackbars are those of the current document.</summary>
    public async Task<Problems> TakeAsync()
    {
        var snackbars = await SnackbarsAsync();
        lock (_gate)
        {
            var problems = new Problems(
                [.. _apiErrors], [.. _otherFailures], [.. _pageErrors],
                [.. _consoleErrors], [.. snackbars.Where(s => s.Contains("-error", StringComparison.Ordinal) || s.Contains("-warning", StringComparison.Ordinal))],
                snackbars);
            _apiErrors.Clear();
            _otherFailures.Clear();
            _pageErrors.Clear();
            _consoleErrors.Clear();
            return problems;
        }
    }

    private void Change(int delta)
    {
        lock (_gate)
        {
            _apiInFlight += delta;
            _sinceApiChange.Restart();
        }
    }

    private void Add(List<string> list, string line)
    {
        lock (_gate) list.Add(line);
    }

    private static bool IsApi(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath.StartsWith("/elsa/api/", StringComparison.Ordinal);

    /// <summary>What <see cref="TakeAsync"/> found.</summary>
    public sealed record Problems(
        IReadOnlyList<string> ApiErrors,
        IReadOnlyList<string> OtherFailedResponses,
        IReadOnlyList<string> PageErrors,
        IReadOnlyList<string> ConsoleErrors,
        IReadOnlyList<string> ErrorSnackbars,
        IReadOnlyList<string> AllSnackbars)
    {
        public override string ToString() => string.Join('\n',
            Section("API errors", ApiErrors), Section("other failed responses", OtherFailedResponses), Section("page errors", PageErrors),
            Section("console errors", ConsoleErrors), Section("snackbars", AllSnackbars));

        private static string Section(string title, IReadOnlyList<string> lines) =>
            lines.Count == 0 ? $"{title}: none" : $"{title}:\n  " + string.Join("\n  ", lines);
    }
}
