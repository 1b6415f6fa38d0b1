using System.Diagnostics;
using CongVu.Host.Tests.Crash;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CongVu.Studio.Tests.Studio;

/// <summary>
/// The shipped campaign and complaint workflows (the repository's <c>workflows/</c> folder, imported by the real host at
/// start-up) in the genuine Elsa Studio 3.8.2: an administrator signs in and opens each one in the editor; the canvas
/// must show every activity of the file (ids, labels, embedded bodies) and every connection, with no error answer from
/// <c>/elsa/api</c>, no error snackbar, no page error and no save merely from opening. The flowchart nested in a
/// Parallel For Each is opened through its Body port. Then one definition is edited in the property panel and published
/// from the studio; the API shows version 2 with exactly that change. Screenshots: TestResults/shipped-workflows-screenshots/.
/// </summary>
[Trait("Category", "Browser")]
[Collection(nameof(StudioCollection))]
public sealed partial class ShippedWorkflowsInStudioTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Issue 5: the definitions that must open, be editable and publishable in the studio.</summary>
    private static readonly string[] Shipped =
        ["ke-hoach", "ke-hoach-don-vi", "dang-ky", "dang-ky-don-vi", "bao-cao", "bao-cao-don-vi", "bao-cao-tong-hop", "xu-ly-phan-anh", "bao-cao-phan-anh-nam"];

    private static readonly string WorkflowsFolder = Path.Combine(HostProcess.RepositoryRoot(), "workflows");
    private readonly StudioSite _site = new("shipped-workflows-screenshots", WorkflowsFolder);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public Task InitializeAsync() => _site.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Admin_OpensEveryShippedWorkflow_AndPublishesAnEdit_InTheRealStudio()
    {
        try
        {
            await RunAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{e.Message}\n(screenshots: {_site.ScreenshotFolder})\n--- last host output ---\n{_site.HostOutput}", e);
        }
    }

    private async Task RunAsync()
    {
        var page = await _site.NewPageAsync(watched: true);
        var watch = await EditorWatch.AttachAsync(page);
        await SignInAsync(page, watch);
        var number = 2;
        foreach (var definitionId in Shipped)
            await OpenAsync(page, watch, ShippedDefinition.Read(WorkflowsFolder, definitionId), number++);
        await EditAndPublishAsync(page, watch, ShippedDefinition.Read(WorkflowsFolder, EditedDefinition), number);

        _site.Network.AssertNoApiErrors();
        _site.Network.AssertNothingLeftTheMachine();
        Log($"done; {_site.Network.RequestCount} requests, all to this machine");
    }

    /// <summary>Signs in on /dang-nhap; the studio's definition list then shows the imported definitions.</summary>
    private async Task SignInAsync(IPage page, EditorWatch watch)
    {
        await page.GotoAsync("/dang-nhap");
        await page.Locator("#userName").FillAsync("admin");
        await page.Locator("#password").FillAsync(_site.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/studio");
        var rows = page.Locator("elsa-workflow-definition-list tbody tr");
        await Expect(rows.First).ToBeVisibleAsync(new() { Timeout = StudioSite.Timeout });
        await watch.SettleAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
        AssertClean(await watch.TakeAsync(), "the definition list");
        Log($"signed in; the definition list shows {await rows.CountAsync()} rows");
        await _site.ShotAsync(page, "01-definition-list");
    }

    /// <summary>Opens one definition in the editor and checks the canvas against the file, then any nested flowchart.</summary>
    private async Task OpenAsync(IPage page, EditorWatch watch, ShippedDefinition expected, int number)
    {
        var id = expected.DefinitionId;
        var clock = Stopwatch.StartNew();
        var savesBefore = watch.Saves;
        await page.GotoAsync($"/studio/definitions/{Uri.EscapeDataString(id)}");
        var designer = new FlowchartDesigner(page);
        await Expect(designer.Canvas).ToBeVisibleAsync(new() { Timeout = StudioSite.Timeout });
        await AssertCanvasShowsAsync(designer, expected.Root, id);
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = expected.Name })).ToBeVisibleAsync();

        foreach (var activity in expected.Root.Activities)
        {
            var node = designer.NodeById(activity.Id);
            if (activity.Label is not null)
                await Expect(node.Locator(".activity-label")).ToHaveTextAsync(activity.Label);
            if (activity.EmbeddedLabel is not null)
                await Expect(node.Locator(".embedded-port")).ToContainTextAsync(activity.EmbeddedLabel);
        }

        await watch.SettleAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
        await designer.ZoomToFitAsync();
        await _site.ShotAsync(page, $"{number:00}-{id}");
        foreach (var container in expected.Root.Activities.Where(a => a.Nested.Count > 0))
            await OpenNestedAsync(page, watch, expected, container, number);

        AssertClean(await watch.TakeAsync(), id);
        Assert.True(watch.Saves == savesBefore, $"{id}: opening the definition saved it {watch.Saves - savesBefore} time(s); the studio changed something by itself.");
        Log($"{id}: {expected.Root.Activities.Count} activities, {expected.Root.Connections.Count} connections shown in {clock.ElapsedMilliseconds} ms");
    }

    /// <summary>A click on the container's embedded port (e.g. Body) shows the nested flowchart; the breadcrumb's Root goes back.</summary>
    private async Task OpenNestedAsync(IPage page, EditorWatch watch, ShippedDefinition definition, ShippedActivity container, int number)
    {
        var designer = new FlowchartDesigner(page);
        foreach (var (port, nested) in container.Nested)
        {
            await designer.NodeById(container.Id).Locator($".embedded-port[data-port-name=\"{port}\"]").ClickAsync();
            await AssertCanvasShowsAsync(designer, nested, $"{definition.DefinitionId}/{container.Id}/{port}");
            var breadcrumb = page.Locator(".mud-breadcrumbs");
            await Expect(breadcrumb).ToContainTextAsync($"{container.Label}: {port}");
            foreach (var activity in nested.Activities.Where(a => a.Label is not null))
                await Expect(designer.NodeById(activity.Id).Locator(".activity-label")).ToHaveTextAsync(activity.Label!);
            await watch.SettleAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
            await designer.ZoomToFitAsync();
            await _site.ShotAsync(page, $"{number:00}-{definition.DefinitionId}-{container.Id}-{port}");
            Log($"{definition.DefinitionId}: {container.Id}.{port} opens: {nested.Activities.Count} activities, {nested.Connections.Count} connections");

            await breadcrumb.GetByText("Root", new() { Exact = true }).ClickAsync();
            await AssertCanvasShowsAsync(designer, definition.Root, definition.DefinitionId);
            await designer.ZoomToFitAsync();
        }
    }

    /// <summary>The canvas holds one node per activity (same ids) and one edge per connection.</summary>
    private static async Task AssertCanvasShowsAsync(FlowchartDesigner designer, Flowchart expected, string what)
    {
        await Expect(designer.Nodes).ToHaveCountAsync(expected.Activities.Count, new() { Timeout = StudioSite.Timeout });
        Assert.True(expected.Ids.SequenceEqual(await designer.NodeIdsAsync()),
            $"{what}: the canvas shows [{string.Join(", ", await designer.NodeIdsAsync())}], the file has [{string.Join(", ", expected.Ids)}].");
        await Expect(designer.Edges).ToHaveCountAsync(expected.Connections.Count);
    }

    /// <summary>
    /// No error answer from /elsa/api, no uncaught page error, no error or warning snackbar and no console error other
    /// than the browser's own "Failed to load resource" line (those responses are judged by status: only /elsa/api must not fail).
    /// </summary>
    private void AssertClean(EditorWatch.Problems problems, string what)
    {
        foreach (var line in problems.OtherFailedResponses) Log($"{what}: note, a non-API response failed: {line}");
        var consoleErrors = problems.ConsoleErrors.Where(e => !e.StartsWith("Failed to load resource:", StringComparison.Ordinal)).ToList();
        Assert.True(problems.ApiErrors.Count == 0 && problems.PageErrors.Count == 0 && problems.ErrorSnackbars.Count == 0 && consoleErrors.Count == 0,
            $"{what}: the studio ran into problems.\n{problems}");
    }

    private void Log(string message) => output.WriteLine($"{_clock.Elapsed.TotalSeconds,6:0.0}s  {message}");
}
